import { firefoxDriver } from '../testing/firefox';
import { wordsScenarios } from './words.scenarios';

wordsScenarios('firefox', (mapping) => firefoxDriver(mapping.firefoxPrefs));
