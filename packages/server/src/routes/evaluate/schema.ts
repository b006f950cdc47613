export { EvaluateSchema } from "../../contract";
