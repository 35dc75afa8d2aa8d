import {franc as fmin} from 'franc-min';
import {franc as ffull} from 'franc';
import fs from 'fs';
const ko=fs.readFileSync(new URL('../../../shared/corpus/bilingual/ntrex128/newstest2019-ref.kor.txt', import.meta.url),'utf8').split('\n').filter(Boolean);
const en=fs.readFileSync(new URL('../../../shared/corpus/bilingual/ntrex128/newstest2019-src.eng.txt', import.meta.url),'utf8').split('\n').filter(Boolean);
for (const [name,f] of [['min',fmin],['full',ffull]]) {
  for (const only of [undefined, ['kor','eng']]) {
    let t0=performance.now(); let kok=0, eok=0;
    for (const l of ko) if (f(l, only?{only, minLength:1}:{minLength:1})==='kor') kok++;
    for (const l of en) if (f(l, only?{only, minLength:1}:{minLength:1})==='eng') eok++;
    console.log(name, only?'only':'all', kok/ko.length, eok/en.length, ((performance.now()-t0)/(ko.length+en.length)).toFixed(3),'ms/line');
  }
}
