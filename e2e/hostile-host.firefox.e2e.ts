import { firefoxDriver } from '../testing/firefox';
import { hostileHostScenarios } from './hostile-host.scenarios';

hostileHostScenarios('firefox', firefoxDriver);
