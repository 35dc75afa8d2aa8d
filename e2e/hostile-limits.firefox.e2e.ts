import { firefoxDriver } from '../testing/firefox';
import { hostileLimitScenarios } from './hostile-limits.scenarios';

hostileLimitScenarios('firefox', firefoxDriver);
