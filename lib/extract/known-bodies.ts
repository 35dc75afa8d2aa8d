/**
 * Body containers that many Korean news CMSs share (../shared/docs/korean-news-sites.md, "Body
 * containers seen in the wild" and "Selectors that many CMSs share"). Kept apart from the adapters
 * because the every-page detector (lib/detect.ts) imports it and must stay tiny.
 */
export const KNOWN_BODY_SELECTOR = [
  '#CLtag', // BreakNews
  '#dic_area', '#articleBodyContents', // Naver current / older
  '#realArtcContents', // Nate
  '#article-view-content-div', // ND Soft CMS
  '#news_body_area', '#news_body_area_contents', '#news_bodyArea', // newsprime & co, ekn, youthdaily
  '#detail_tab_cont', '#article_main', '#news_content', '#news-contents', '#newsContents', // businesspost, thebell, boannews, newspim, ebn
  '#viewContent', '#articleBody', '#articletxt', '#CmAdContent', '#txt_area', '#gisaview', // dnews, ajunews, hankyung, ytn/thebigdata, asiae, skyedaily
  '#article_body_view', '.article-news-box', '.news_cnt_detail_wrap', '.article_view', // kookbang, yeongnam, mk, Daum / donga weekly
  '[itemprop=articleBody]', '.article-body', '.article_body', '.news_body', '.view_con', '.news_txt', '.rns_text', '.news_article',
].join(',');

/** URL paths of portal homes, section lists and search results (shared with lib/detect.ts for the same reason). */
export const LIST_PAGE_PATH = /^\/?$|^\/(main\/)?(home|index|main)(\.\w+)?$|\/(list|search|section|sub_list|category|tag)(\.\w+|\/|$)/i;

/**
 * Article-shaped paths: ids, `view`/`read`/`article` routes, ND Soft's `articleView.html?idxno=`.
 * A list-like path that also carries one is an article filed under a list route (Dong-A's 2016
 * `/List/3/all/20160918/80317105/1`).
 */
export const ARTICLE_PATH = /\/(article|articles|view|read|news_view|news\/read|mnews|v)\b|articleView|idxno=|[?&](aid|no|id|seq_code|idx|newsid|artid)=\w|\/\d{5,}|[A-Z]{2,}\d{8,}/i;

/**
 * Hosts that serve Korean prose that is not news, however article-like the page looks (blog posts
 * declare `og:type` article; forum threads have bylines and dates): blogs, cafés and communities,
 * portal search: a page that is not an article (search results, blogs, forums) must say so.
 * `mlbpark.donga.com` is Dong-A's baseball forum, on the newspaper's own domain.
 */
export const NOT_NEWS_HOST =
  /(^|\.)(blog\.naver\.com|cafe\.naver\.com|search\.naver\.com|kin\.naver\.com|tistory\.com|brunch\.co\.kr|velog\.io|blog\.daum\.net|cafe\.daum\.net|search\.daum\.net|egloos\.com|dcinside\.com|clien\.net|theqoo\.net|ruliweb\.com|fmkorea\.com|instiz\.net|ppomppu\.co\.kr|mlbpark\.donga\.com|todayhumor\.co\.kr|bobaedream\.co\.kr|82cook\.com)$/i;
