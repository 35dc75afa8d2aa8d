import { firefoxDriver } from './firefox';
import { hostileStyleScenarios } from './hostile-style.scenarios';

hostileStyleScenarios('firefox', firefoxDriver);
