import { firefoxTranslateDriver } from './translate.drivers';
import { engineScenarios, keylessFallbackScenarios, redirectScenarios } from './engines.scenarios';

engineScenarios(firefoxTranslateDriver);
redirectScenarios(firefoxTranslateDriver);
keylessFallbackScenarios(firefoxTranslateDriver);
