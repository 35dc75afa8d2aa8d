import { firefoxDriver } from '../testing/firefox';
import { hostileScenarios } from './hostile.scenarios';

hostileScenarios('firefox', firefoxDriver);
