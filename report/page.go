package report

const pageHTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>归档报告 · Archive report · {{.M.Site}}</title>
<style>
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", sans-serif;
  margin: 2em auto; max-width: 60em; padding: 0 1em; color: #1d1d1f; line-height: 1.5; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; border-bottom: 1px solid #ccc; margin-top: 1.6em; }
.sub { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f0f3f7; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.totals { display: flex; flex-wrap: wrap; gap: .6em; padding: 0; list-style: none; }
.totals li { border: 1px solid #ccc; border-radius: 4px; padding: .3em .8em; }
.totals b { font-size: 1.3em; display: block; }
.ok { color: #1b7a2b; } .bad { color: #b3261e; }
.url { word-break: break-all; font-size: .9em; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
</style>
</head>
<body>
<h1>归档报告 Archive report</h1>
<p class="sub">{{.M.Site}} · 生成于 generated {{.Generated}} · sitearchive {{.M.ToolVersion}} · {{.Dir}}</p>
<p id="status" class="{{if .M.Complete}}ok{{else}}bad{{end}}">{{if .M.Complete}}✔ 最近一次抓取完整 The last crawl is complete.{{else}}✘ 最近一次抓取未完成：见下方失败列表 The last crawl is incomplete: see the failed pages below.{{end}}</p>
<ul class="totals">
<li>记录 records<b id="total-records">{{.M.Records}}</b></li>
<li>文章 articles<b id="total-articles">{{.M.Articles}}</b></li>
<li>单页 pages<b id="total-pages">{{.M.Pages}}</b></li>
<li>已删除 removed<b id="total-removed">{{.M.Removed}}</b></li>
<li>缺失 missing<b id="total-missing">{{len .M.Missing}}</b></li>
<li>失败 failed<b id="total-failed">{{len .M.Failed}}</b></li>
<li>有警告 with warnings<b id="total-warned">{{len .Warned}}</b></li>
</ul>

<h2>栏目 Columns</h2>
<table id="columns">
<thead><tr><th>栏目 column</th><th>类型 kind</th><th>classid</th><th class="n">记录 records</th></tr></thead>
<tbody>
{{range .M.Columns}}<tr data-column="{{.Name}}"><td>{{.Name}}</td><td>{{.Kind}}</td><td>{{.ClassID}}</td><td class="n">{{.Records}}</td></tr>
{{end}}</tbody>
</table>

<h2>学到的网站结构 What was learned</h2>
{{with .Learned}}<table id="learned">
<tbody>
<tr><th>学习时间 learned at</th><td>{{.At}}</td></tr>
<tr><th>网址规则 URL scheme</th><td>{{if eq .Scheme "prior"}}内置配置适用 the embedded profile fits{{else}}从网站学到 learned from the site{{end}}</td></tr>
<tr><th>文章 article</th><td class="url">{{.Article}}</td></tr>
<tr><th>栏目列表 list</th><td class="url">{{join .Lists " · "}}</td></tr>
<tr><th>打印页 print view</th><td class="url">{{if .Prints}}{{join .Prints " · "}}{{else}}无 none found{{end}}</td></tr>
<tr><th>页面模板 templates</th><td>{{if eq .Template "prior"}}内置配置适用 the embedded profile fits{{else}}从网站学到 learned from the site{{end}}: 标题 title <code>{{.Title}}</code> · 信息行 metadata <code>{{.Meta}}</code> · 正文 body <code>{{.Body}}</code> · 位置 breadcrumb <code>{{.Breadcrumb}}</code> · 列表 list items <code>{{.Items}}</code></td></tr>
<tr><th>抽样文章 sampled articles</th><td>{{.Samples}}: 按模板读取 read with the template {{printf "%.0f" (pct .Fit)}}% · 标题 title {{index .Fields "title"}} · 日期 date {{index .Fields "published_at"}} · 来源 source {{index .Fields "source"}} · 作者 author {{index .Fields "author"}} · 正文 body {{index .Fields "body"}} · 请求 requests {{.Requests}}</td></tr>
</tbody></table>
<p>配置文件 profile: <code>profile.yaml</code></p>
{{else}}<p>无：使用了指定的配置 nothing: the site was read with the profile given (<code>--profile</code>).</p>{{end}}

<h2>每年文章数 Articles per year</h2>
{{if .Years}}{{.Chart}}{{else}}<p>无 none</p>{{end}}

<h2>缺失的页面 Missing pages ({{len .M.Missing}})</h2>
{{if .M.Missing}}<table id="missing">
<thead><tr><th>URL</th><th>类型 kind</th><th>原因 reason</th></tr></thead>
<tbody>
{{range .M.Missing}}<tr><td class="url">{{.URL}}</td><td>{{.Kind}}</td><td>{{.Reason}}</td></tr>
{{end}}</tbody></table>{{else}}<p>无 none</p>{{end}}

<h2>失败的页面 Failed pages ({{len .M.Failed}})</h2>
{{if .M.Failed}}<table id="failed">
<thead><tr><th>URL</th><th>类型 kind</th><th>原因 reason</th><th class="n">尝试 attempts</th></tr></thead>
<tbody>
{{range .M.Failed}}<tr><td class="url">{{.URL}}</td><td>{{.Kind}}</td><td>{{.Reason}}</td><td class="n">{{.Attempts}}</td></tr>
{{end}}</tbody></table>{{else}}<p>无 none — 下一次运行会重试失败的页面 the next run retries failed pages.</p>{{end}}

<h2>有警告的记录 Records with warnings ({{len .Warned}})</h2>
<p>替换字符 replacement characters: {{index .WarnCounts "replacement"}} ·
通用提取 generic extraction: {{index .WarnCounts "generic"}} ·
无日期 no date: {{index .WarnCounts "nodate"}} ·
无作者 no author: {{index .WarnCounts "noauthor"}} ·
附件/图片 assets: {{index .WarnCounts "asset"}}</p>
{{if .Warned}}<table id="warned">
<thead><tr><th>id</th><th>标题 title</th><th>警告 warnings</th></tr></thead>
<tbody>
{{range .Warned}}<tr><td>{{.ID}}</td><td>{{.Title}}</td><td>{{join .Reasons "; "}}</td></tr>
{{end}}</tbody></table>{{end}}

{{if .Removed}}<h2>网站已删除的记录 Records the site no longer has ({{len .Removed}})</h2>
<table id="removed"><thead><tr><th>id</th><th>标题 title</th><th>删除于 removed at</th><th>原因 reason</th></tr></thead><tbody>
{{range .Removed}}<tr><td>{{.ID}}</td><td>{{.Title}}</td><td>{{.RemovedAt}}</td><td>{{.RemovedReason}}</td></tr>
{{end}}</tbody></table>{{end}}

<h2>运行记录 Runs ({{len .Runs}})</h2>
{{if .Runs}}<table id="runs">
<thead><tr><th>开始 started</th><th>方式 mode</th><th class="n">秒 seconds</th><th class="n">新增 added</th><th class="n">更新 updated</th><th class="n">删除 removed</th><th class="n">请求 requests</th><th class="n">失败 failed</th><th>完整 complete</th></tr></thead>
<tbody>
{{range .Runs}}<tr><td>{{.StartedAt}}</td><td>{{.Mode}}</td><td class="n">{{printf "%.1f" .Seconds}}</td><td class="n">{{.Added}}</td><td class="n">{{.Updated}}</td><td class="n">{{.Removed}}</td><td class="n">{{index .Requests "total"}}</td><td class="n">{{.Failed}}</td><td>{{if .Complete}}✔{{else}}✘{{end}}</td></tr>
{{end}}</tbody></table>{{end}}
</body>
</html>
`
