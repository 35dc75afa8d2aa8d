import { firefoxDriver } from '../testing/firefox';
import { translatedArticleScenarios } from './reader-ux.scenarios';
import { firefoxTranslateDriver } from './translate.drivers';
import { freshProfileScenarios, longArticleScenarios, networkEngineScenarios, noBuiltinScenarios } from './translate.scenarios';

freshProfileScenarios(firefoxTranslateDriver, { realHttpPage: false });
networkEngineScenarios(firefoxTranslateDriver);
noBuiltinScenarios(firefoxTranslateDriver);
translatedArticleScenarios('firefox', () => firefoxDriver());
longArticleScenarios(firefoxTranslateDriver);
