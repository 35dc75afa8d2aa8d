import { firefoxDriver } from './firefox';
import { hostileScenarios } from './hostile.scenarios';

hostileScenarios('firefox', firefoxDriver);
