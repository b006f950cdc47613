export { StoryInputSchema } from "../../contract";
