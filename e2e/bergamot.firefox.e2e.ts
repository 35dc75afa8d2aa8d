import { firefoxDriver } from '../testing/firefox';
import { bergamotScenarios } from './bergamot.scenarios';

bergamotScenarios('Firefox, background page', () => firefoxDriver());
