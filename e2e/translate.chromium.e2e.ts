import { chromiumTranslateDriver } from './translate.drivers';
import { networkEngineScenarios, onDeviceScenarios } from './translate.scenarios';

onDeviceScenarios(chromiumTranslateDriver);
networkEngineScenarios(chromiumTranslateDriver);
