package scraper
import ("testing";"os";"fmt";"path/filepath";"net/url";"strings";"regexp")
func TestZZ6(t *testing.T){
 f,_:=filepath.Glob("../../shared/corpus/real-zh/pages/"+os.Getenv("P")+"*.html")
 raw,_:=os.ReadFile(f[0]); text:=Decode(raw,"").Text
 if os.Getenv("V")=="p2br" {
  text = regexp.MustCompile(`(?i)<p[^>]*>`).ReplaceAllString(text, "")
  text = regexp.MustCompile(`(?i)</p>`).ReplaceAllString(text, "<br><br>")
 }
 doc,_:=ParseHTML(text)
 u,_:=url.Parse("http://localhost/")
 a,_:=Generic(text,u)
 lines:=pageLines(doc)
 body,_:=readabilityBody(text,u)
 bl:=nonEmpty(strings.Split(VisibleText(body),"\n"))
 fmt.Println("title",a.Title)
 for i,l:=range lines { if strings.Contains(l,a.Title) {fmt.Println("ti",i); break} }
 first:=edgeRunes(bl[0],20,true)
 for i,l:=range lines { if strings.Contains(l,first) {fmt.Println("bi",i,first); break} }
 for i:=0;i<len(lines)&&i<40;i++ { fmt.Println(i, edgeRunes(lines[i],40,true)) }
}
func TestZZ7(t *testing.T){
 f,_:=filepath.Glob("../../shared/corpus/real-zh/pages/"+os.Getenv("P")+"*.html")
 raw,_:=os.ReadFile(f[0]); text:=Decode(raw,"").Text
  side := `<div><h3>热点评论</h3>` + strings.Repeat(`<p>`+strings.Repeat("网友热议减税降费政策，认为政策红利持续释放，企业负担明显减轻，希望各地进一步优化纳税服务。", 2)+`</p>`, 3) + `</div>`
  i := strings.LastIndex(strings.ToLower(text), "</body>")
  if i < 0 { text += side } else { text = text[:i] + side + text[i:] }
 doc,_:=ParseHTML(text)
 u,_:=url.Parse("http://localhost/")
 body,_:=readabilityBody(text,u)
 fmt.Println("R:", edgeRunes(VisibleText(body),60,true))
 orig:=originalNode(doc,body)
 if orig!=nil { fmt.Println("orig same", sameText(orig,body), edgeRunes(VisibleText(orig),60,true)) }
 a,_:=Generic(text,u)
 fmt.Println("G:", edgeRunes(a.BodyText,60,true))
}
func TestZZ8(t *testing.T){
 f,_:=filepath.Glob("../../shared/corpus/real-zh/pages/"+os.Getenv("P")+"*.html")
 raw,_:=os.ReadFile(f[0]); text:=Decode(raw,"").Text
  side := `<div><h3>热点评论</h3>` + strings.Repeat(`<p>`+strings.Repeat("网友热议减税降费政策，认为政策红利持续释放，企业负担明显减轻，希望各地进一步优化纳税服务。", 2)+`</p>`, 3) + `</div>`
  i := strings.LastIndex(strings.ToLower(text), "</body>")
  if i < 0 { text += side } else { text = text[:i] + side + text[i:] }
 doc,_:=ParseHTML(text)
 u,_:=url.Parse("http://localhost/")
 body,_:=readabilityBody(text,u)
 orig:=originalNode(doc,body)
 lines:=pageLines(doc)
 st:=statsOf(doc.Get(0))
 title:=genericTitle(doc,st)
 ti:=-1
 for i,l:=range lines { if strings.Contains(l,title) {ti=i;break} }
 bl := nonEmpty(strings.Split(VisibleText(orig), "\n"))
 first := edgeRunes(bl[0], 20, true)
 bi:=-1
 for i,l:=range lines { if strings.Contains(l,first) {bi=i;break} }
 fmt.Println("ti",ti,"bi",bi,"pi",firstProse(lines,ti), len(lines))
 if p:=firstProse(lines,ti); p>=0 { fmt.Println(lines[p]) }
 fmt.Println(proseUnderTitle(doc,lines,title,orig))
}
func TestZZ9(t *testing.T){
 f,_:=filepath.Glob("../../shared/corpus/real-zh/pages/"+os.Getenv("P")+"*.html")
 raw,_:=os.ReadFile(f[0]); text:=Decode(raw,"").Text
 u,_:=url.Parse("http://localhost/")
 a,_:=Generic(text,u)
  side := `<div><h3>热点评论</h3>` + strings.Repeat(`<p>`+strings.Repeat("网友热议减税降费政策，认为政策红利持续释放，企业负担明显减轻，希望各地进一步优化纳税服务。", 2)+`</p>`, 3) + `</div>`
  i := strings.LastIndex(strings.ToLower(text), "</body>")
  if i < 0 { text += side } else { text = text[:i] + side + text[i:] }
 b,_:=Generic(text,u)
 fmt.Println("A:", edgeRunes(a.BodyText,80,true), "...", edgeRunes(a.BodyText,80,false))
 fmt.Println("B:", edgeRunes(b.BodyText,80,true), "...", edgeRunes(b.BodyText,80,false))
}
