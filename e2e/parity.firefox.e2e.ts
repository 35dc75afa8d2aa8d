import { firefoxDriver } from '../testing/firefox';
import { parityScenarios } from './parity.scenarios';

parityScenarios('firefox', (mapping) => firefoxDriver(mapping.firefoxPrefs));
