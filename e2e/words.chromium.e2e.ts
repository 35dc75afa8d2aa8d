import { chromiumDriver } from '../testing/chromium';
import { wordsScenarios } from './words.scenarios';

wordsScenarios('chromium', (mapping) => chromiumDriver(mapping.chromiumArgs));
