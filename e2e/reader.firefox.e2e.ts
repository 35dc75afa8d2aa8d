import { firefoxDriver } from '../testing/firefox';
import { readerScenarios } from './reader.scenarios';

readerScenarios('firefox', firefoxDriver);
