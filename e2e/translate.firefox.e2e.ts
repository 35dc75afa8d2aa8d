import { firefoxTranslateDriver } from './translate.drivers';
import { freshProfileScenarios, networkEngineScenarios, noBuiltinScenarios } from './translate.scenarios';

freshProfileScenarios(firefoxTranslateDriver);
networkEngineScenarios(firefoxTranslateDriver);
noBuiltinScenarios(firefoxTranslateDriver);
