import { firefoxDriver } from './firefox';
import { hostileHostScenarios } from './hostile-host.scenarios';

hostileHostScenarios('firefox', firefoxDriver);
