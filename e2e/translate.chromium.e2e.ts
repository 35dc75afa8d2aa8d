import { chromiumTranslateDriver } from './translate.drivers';
import { freshProfileScenarios, networkEngineScenarios, onDeviceScenarios } from './translate.scenarios';

freshProfileScenarios(chromiumTranslateDriver);
onDeviceScenarios(chromiumTranslateDriver);
networkEngineScenarios(chromiumTranslateDriver);
