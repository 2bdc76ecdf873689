package review

import "html/template"

const style = `<style>
body { font-family: sans-serif; margin: 0 1em; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ddd; padding: 0.2em 0.4em; text-align: left; }
.warn { color: #a00; } .ok { color: #070; } .meta { color: #555; font-size: 0.9em; }
.filters a, .filters span { margin-right: 0.6em; }
.split { display: flex; gap: 1em; } .split > div { flex: 1; min-width: 0; }
iframe { width: 100%; height: 80vh; border: 1px solid #999; }
pre { white-space: pre-wrap; font-size: 0.85em; }
</style>`

var listPage = template.Must(template.New("list").Parse(`<!DOCTYPE html>
<html lang="zh-cn"><head><meta charset="utf-8"><title>审阅 Review ({{.Total}})</title>` + style + `</head>
<body>
<h1>审阅 Review</h1>
<form method="get" action="/">
<input type="search" name="q" value="{{.Q}}" placeholder="标题或正文 title or body" size="40" accesskey="s">
<select name="extractor"><option value="">所有提取 any extractor</option><option value="profile"{{if eq .Extractor "profile"}} selected{{end}}>profile</option><option value="generic"{{if eq .Extractor "generic"}} selected{{end}}>generic</option></select>
<label><input type="checkbox" name="warnings" value="1"{{if .Warned}} checked{{end}}> 有警告 with warnings</label>
<label><input type="checkbox" name="removed" value="1"{{if .Removed}} checked{{end}}> 已删除 removed</label>
<select name="reviewed"><option value="">审阅与否 reviewed or not</option><option value="yes"{{if eq .Reviewed "yes"}} selected{{end}}>已审阅 reviewed</option><option value="no"{{if eq .Reviewed "no"}} selected{{end}}>未审阅 not reviewed</option></select>
<input type="hidden" name="column" value="{{.Column}}"><input type="hidden" name="year" value="{{.Year}}">
<button type="submit">筛选 filter</button>
</form>
<p class="filters">栏目 column: <a href="/?q={{.Q}}">全部 all</a>{{range .Columns}}<a href="/?column={{.Value}}&amp;q={{$.Q}}"{{if eq .Value $.Column}} class="ok"{{end}}>{{.Value}} ({{.N}})</a>{{end}}</p>
<p class="filters">年份 year: {{range .Years}}<a href="/?year={{.Value}}&amp;q={{$.Q}}&amp;column={{$.Column}}"{{if eq .Value $.Year}} class="ok"{{end}}>{{if .Value}}{{.Value}}{{else}}无日期 no date{{end}} ({{.N}})</a>{{end}}</p>
<p class="meta" id="total">{{.Total}} / {{.All}} 条记录 records · 第 {{.Page}}/{{.Pages}} 页 page</p>
<table id="records"><thead><tr><th>id</th><th>标题 title</th><th>日期 date</th><th>栏目 columns</th><th>提取 extractor</th><th>审阅 reviewed</th></tr></thead><tbody>
{{range .Rows}}<tr data-id="{{.ID}}"><td>{{.ID}}</td><td><a href="/records/{{.ID}}">{{.Title}}</a>{{if .Warnings}} <span class="warn">⚠</span>{{end}}{{if .Removed}} <span class="warn">已删除 removed</span>{{end}}</td><td>{{.Published}}</td><td>{{range $i, $c := .Columns}}{{if $i}}, {{end}}{{$c}}{{end}}</td><td>{{.Extractor}}</td><td>{{if .Reviewed}}<span class="ok reviewed">✔</span>{{end}}</td></tr>
{{end}}</tbody></table>
<p>{{with .Prev}}<a href="{{.}}" accesskey="p">← 上一页 previous</a>{{end}} {{with .Next}}<a href="{{.}}" accesskey="n">下一页 next →</a>{{end}}</p>
</body></html>`))

var recordPage = template.Must(template.New("record").Parse(`<!DOCTYPE html>
<html lang="zh-cn"><head><meta charset="utf-8"><title>{{.R.Title}} - 审阅 Review</title>` + style + `</head>
<body>
<p><a href="/">← 列表 list</a>{{with .Prev}} · <a href="/records/{{.}}" accesskey="p" id="prev">上一条 previous (p)</a>{{end}}{{with .Next}} · <a href="/records/{{.}}" accesskey="n" id="next">下一条 next (n)</a>{{end}}{{with .NextWarned}} · <a href="/records/{{.}}" accesskey="w" id="next-warned">下一条有警告 next with a warning (w)</a>{{end}}</p>
<div class="split">
<div>
<h1 id="title">{{.R.Title}}</h1>
<table class="fields">
<tr><th>id</th><td>{{.R.ID}} ({{.R.Kind}})</td></tr>
<tr><th>时间 published_at</th><td>{{.R.PublishedAt}}</td></tr>
<tr><th>来源 source</th><td>{{.R.Source}}</td></tr>
<tr><th>作者 author</th><td>{{.R.Author}}</td></tr>
<tr><th>栏目 columns</th><td>{{range $i, $c := .R.Columns}}{{if $i}}, {{end}}{{$c}}{{end}}</td></tr>
<tr><th>原网址 url</th><td>{{.R.URL}}</td></tr>
<tr><th>编码 charset</th><td>{{.R.Charset}}</td></tr>
<tr><th>提取 extractor</th><td>{{.R.Extractor}}</td></tr>
{{with .R.RemovedAt}}<tr><th>已删除 removed</th><td class="warn">{{.}} {{$.R.RemovedReason}}</td></tr>{{end}}
{{with .R.Warnings}}<tr><th>警告 warnings</th><td class="warn">{{range .}}{{.}}<br>{{end}}</td></tr>{{end}}
{{with .R.Images}}<tr><th>图片 images</th><td>{{range .}}<a href="{{if .Path}}/{{.Path}}{{else}}{{.URL}}{{end}}">{{.URL}}</a><br>{{end}}</td></tr>{{end}}
{{with .R.Attachments}}<tr><th>附件 attachments</th><td>{{range .}}<a href="{{if .Path}}/{{.Path}}{{else}}{{.URL}}{{end}}">{{.Name}}</a><br>{{end}}</td></tr>{{end}}
{{with .History}}<tr><th>历史版本 versions</th><td>{{range .}}{{.}}<br>{{end}}</td></tr>{{end}}
</table>
<h2>正文 Body</h2>
<div id="body">{{.Body}}</div>
<h2>审阅 Notes</h2>
<ul id="notes">{{range .Notes}}<li class="{{.Verdict}}">{{.At}} {{.Verdict}} {{.Field}}: {{.Text}}</li>{{else}}<li>无 none</li>{{end}}</ul>
<form method="post" action="/records/{{.R.ID}}/notes" id="note">
<select name="verdict"><option value="ok">正确 ok</option><option value="wrong">有误 wrong</option></select>
<select name="field">{{range .Fields}}<option>{{.}}</option>{{end}}</select>
<input type="text" name="text" size="40" placeholder="说明 what is wrong">
<button type="submit">记下 save</button>
</form>
</div>
<div>
<h2>原始页面 The original, as fetched</h2>
{{if .OriginalErr}}<p class="warn">{{.OriginalErr}}</p>{{else}}<iframe id="original" sandbox src="/records/{{.R.ID}}/original" title="original"></iframe>
<details><summary>原始响应头 The original response headers</summary><pre>{{range .Headers}}{{.}}
{{end}}</pre></details>{{end}}
</div>
</div>
</body></html>`))
