import { firefoxTranslateDriver } from './translate.drivers';
import { networkEngineScenarios, noBuiltinScenarios } from './translate.scenarios';

networkEngineScenarios(firefoxTranslateDriver);
noBuiltinScenarios(firefoxTranslateDriver);
