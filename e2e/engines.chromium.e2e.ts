import { chromiumTranslateDriver } from './translate.drivers';
import { engineScenarios, keylessFallbackScenarios, redirectScenarios } from './engines.scenarios';

engineScenarios(chromiumTranslateDriver);
redirectScenarios(chromiumTranslateDriver);
keylessFallbackScenarios(chromiumTranslateDriver);
