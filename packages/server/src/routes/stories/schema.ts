export { StoryInputSchema } from '../../contract';
