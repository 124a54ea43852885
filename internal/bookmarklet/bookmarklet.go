// Package bookmarklet makes the link an editor drags to their bookmarks
// bar to bring the page they are reading into quotetrail.
//
// On a news page, the bookmarklet opens quotetrail's new-article page
// with the page's address filled in; with text selected, it opens the
// page in a new tab and hands it the selection's HTML by postMessage, to
// the quotetrail origin only (web/static/bookmarklet.js receives it, only
// from the window that opened it). Either way nothing is saved until the
// editor, signed in, presses the button on quotetrail's own page: that
// request carries the page's CSRF token, so no other site can make one.
package bookmarklet

import (
	"html/template"
	"net/url"
	"strconv"
	"strings"
)

// code is the bookmarklet's script; BASE is the quotetrail origin.
const code = `(function(){
var b=BASE,s=getSelection(),h='';
if(s&&s.rangeCount&&!s.isCollapsed){var d=document.createElement('div');for(var i=0;i<s.rangeCount;i++)d.appendChild(s.getRangeAt(i).cloneContents());h=d.innerHTML;}
if(!h){location.href=b+'/articles/new?bookmarklet=1&import_url='+encodeURIComponent(location.href);return;}
var w=window.open(b+'/articles/new?bookmarklet=1&import_page_url='+encodeURIComponent(location.href),'_blank');
if(!w){alert('Allow pop-ups from this page to send the selection to quotetrail.');return;}
addEventListener('message',function r(e){if(e.source===w&&e.origin===b&&e.data==='quotetrail-ready'){removeEventListener('message',r);w.postMessage({html:h,url:location.href},b);}});
})();`

// Link is the bookmarklet for the quotetrail at origin ("https://quotes.example.org"),
// as a javascript: URL a template may put in an href.
func Link(origin string) template.URL {
	origin = strings.TrimRight(origin, "/")
	script := strings.ReplaceAll(code, "\n", "")
	script = strings.Replace(script, "BASE", strconv.Quote(origin), 1)
	// The script goes in a URL: everything but the safest characters is
	// escaped, so that quotes and spaces survive being a bookmark.
	return template.URL("javascript:" + url.PathEscape(script))
}
