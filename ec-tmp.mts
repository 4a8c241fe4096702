import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([PieChart, LegendComponent, SVGRenderer]);
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
c.setOption({ animation:false, textStyle:{fontFamily:'Microsoft YaHei, Noto Sans CJK SC, sans-serif'}, series:[{type:'pie', radius:['35%','60%'], data:[{name:'（一）予以公开',value:12},{name:'（二）部分公开',value:3}], label:{formatter:'{b}\n{c}'}}] });
console.log(c.renderToSVGString().split('\n').filter(l=>l.includes('<text')||l.includes('style')).join('\n'));
