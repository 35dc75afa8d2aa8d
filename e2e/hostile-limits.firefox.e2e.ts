import { firefoxDriver } from './firefox';
import { hostileLimitScenarios } from './hostile-limits.scenarios';

hostileLimitScenarios('firefox', firefoxDriver);
