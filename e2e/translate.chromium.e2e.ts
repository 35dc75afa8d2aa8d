import { chromiumDriver } from '../testing/chromium';
import { translatedArticleScenarios } from './reader-ux.scenarios';
import { chromiumTranslateDriver } from './translate.drivers';
import { freshProfileScenarios, longArticleScenarios, networkEngineScenarios, onDeviceScenarios } from './translate.scenarios';

freshProfileScenarios(chromiumTranslateDriver, { realHttpPage: true });
onDeviceScenarios(chromiumTranslateDriver);
networkEngineScenarios(chromiumTranslateDriver);
translatedArticleScenarios('chromium', () => chromiumDriver());
longArticleScenarios(chromiumTranslateDriver);
