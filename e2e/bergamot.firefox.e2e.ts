import { firefoxDriver } from './firefox';
import { bergamotScenarios } from './bergamot.scenarios';

bergamotScenarios('Firefox, background page', () => firefoxDriver());
