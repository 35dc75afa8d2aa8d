import { firefoxTranslateDriver } from './translate.drivers';
import { engineScenarios, redirectScenarios } from './engines.scenarios';

engineScenarios(firefoxTranslateDriver);
redirectScenarios(firefoxTranslateDriver);
