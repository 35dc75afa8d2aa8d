import { chromiumTranslateDriver } from './translate.drivers';
import { engineScenarios, redirectScenarios } from './engines.scenarios';

engineScenarios(chromiumTranslateDriver);
redirectScenarios(chromiumTranslateDriver);
