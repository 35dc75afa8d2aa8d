import { firefoxDriver } from '../testing/firefox';
import { hostileStyleScenarios } from './hostile-style.scenarios';

hostileStyleScenarios('firefox', firefoxDriver);
