import { chromiumDriver } from '../testing/chromium';
import { parityScenarios } from './parity.scenarios';

parityScenarios('chromium', (mapping) => chromiumDriver(mapping.chromiumArgs));
