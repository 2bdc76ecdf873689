<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>关于开展个人所得税汇算清缴情况通报-苍南县国家税收纳税人权益维护协会</title>
<meta name="keywords" content="苍南县国家税收纳税人权益维护协会,纳税人,维权" />
<meta name="description" content="苍南县国家税收纳税人权益维护协会" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/common.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td height="30" class="welcome">欢迎来到苍南县国家税收纳税人权益维护协会</td>
    <td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage(location.href);">设为首页</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href="javascript:window.external.AddFavorite(location.href,'苍南县国家税收纳税人权益维护协会')">加入收藏</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/banner.gif" width="1000" height="160" /></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr><td>
<a href="index.asp">网站首页</a> <a href="list.asp?classid=20">协会概况</a> <a href="list.asp?classid=14">工作指导</a> <a href="list.asp?classid=26">会务动态</a> <a href="list.asp?classid=9">税务要闻</a> <a href="list.asp?classid=2">企业之窗</a> <a href="list.asp?classid=4">维权指南</a> <a href="list.asp?classid=13">资料汇编</a> <a href="list.asp?classid=40">联系我们</a> <a href="list.asp?classid=19">疫情防控</a>
</td><td width="230"><form name="search" action="search.asp" method="get"><input type="text" name="keyword" size="16" /><input type="submit" value="搜索" /></form></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main"><tr>
<td width="230" valign="top" class="left">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td class="lm_title">&nbsp;&nbsp;网站栏目</td></tr>
    <tr><td class="lm_list"><ul>
      <li><a href="list.asp?classid=20">协会概况</a></li>
      <li><a href="list.asp?classid=14">工作指导</a></li>
      <li><a href="list.asp?classid=26">会务动态</a></li>
      <li><a href="list.asp?classid=9">税务要闻</a></li>
      <li><a href="list.asp?classid=2">企业之窗</a></li>
      <li><a href="list.asp?classid=4">维权指南</a></li>
      <li><a href="list.asp?classid=13">资料汇编</a></li>
      <li><a href="list.asp?classid=40">联系我们</a></li>
      <li><a href="list.asp?classid=37">财经微观</a></li>
      <li><a href="list.asp?classid=6">政策法规</a></li>
      <li><a href="list.asp?classid=16">人物风采</a></li>
      <li><a href="list.asp?classid=19">疫情防控</a></li>
      <li><a href="list.asp?classid=41">简报</a></li>
      <li><a href="list.asp?classid=23">会长企业</a></li>
      <li><a href="list.asp?classid=28">通知公告</a></li>
      <li><a href="list.asp?classid=36">会刊</a></li>
    </ul></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lm_title">&nbsp;&nbsp;联系方式</td></tr>
  <tr><td class="lm_list">电话：(0577) 68717111<br />传真：(0577) 68716388<br /></td></tr></table>
</td>
<td width="10"></td>
<td valign="top" class="right">
<div class="position">您当前位置的: <a href="index.asp">网站首页</a> &gt; <a href="list.asp?classid=9">税务要闻</a> &gt; 正文</div>
<div class="content">
<h1 class="title">关于开展个人所得税汇算清缴情况通报</h1>
<table width="96%" border="0" align="center" class="info"><tr><td>作者：苏博野</td><td>来源：</td><td>编辑：郑玥</td><td>发布时间：2016-1-19 02:37:39</td><td>点击：<span id="hits"><script type="text/javascript" src="count.asp?id=2099"></script></span></td></tr></table>
<div class="text" id="zoom">
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">据统计，今年以来全县累计为小微企业减免税款三点二亿元，惠及纳税人一万余户。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">江山开发区过去重复遇到地下污水管网漏水的问题，参照先进经验后立马解决。座谈会上，企业代表反映了发票领用、出口退税进度等方面的具体问题。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">全要素生产率是新常态下唯一可持续的增长动力。截至2016年7月底，10个产业园引进项目236个，其中亿元以上项目138个，占58.5%。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">江山开发区过去重复遇到地下污水管网漏水的问题，参照先进经验后立马解决。各会员单位要高度重视，认真组织学习，确保各项政策不折不扣落到实处。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">本办法自发布之日起施行，由县国家税务局负责解释。会长在讲话中指出，要把维护纳税人权益作为协会工作的出发点和落脚点。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">截至2016年7月底，10个产业园引进项目236个，其中亿元以上项目138个，占58.5%。疫情防控期间，纳税人可通过电子税务局办理绝大部分涉税事项，做到“非接触式”办税。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">（责任编辑：郑玥）<span lang="EN-US"><o:p></o:p></span></span></p>
</div>
<div class="pn">上一篇：<a href="Show.asp?ID=2093">我会召开纳税人权益维护的实施意见</a><br />下一篇：<a href="Show.asp?ID=2139">浙江省出台营改增试点工作的通知</a></div>
<div class="tools">【<a href="print.asp?id=2099" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="links"><tr><td>友情链接:
<select name="link" onchange="if(this.value!='')window.open(this.value);">
<option value="">--请选择--</option>
<option value="http://www.chinatax.gov.cn/">国家税务总局</option>
<option value="http://zhejiang.chinatax.gov.cn/">国家税务总局浙江省税务局</option>
<option value="http://www.cncn.gov.cn/">苍南县人民政府</option>
</select> <a href="http://www.wzta.gov.cn/" target="_blank">温州市税务学会</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer"><tr><td align="center">
<a href="list.asp?classid=20">协会概况</a>&nbsp;|&nbsp;<a href="list.asp?classid=14">工作指导</a>&nbsp;|&nbsp;<a href="list.asp?classid=26">会务动态</a>&nbsp;|&nbsp;<a href="list.asp?classid=9">税务要闻</a>&nbsp;|&nbsp;<a href="list.asp?classid=2">企业之窗</a>&nbsp;|&nbsp;<a href="list.asp?classid=4">维权指南</a>&nbsp;|&nbsp;<a href="list.asp?classid=13">资料汇编</a>&nbsp;|&nbsp;<a href="list.asp?classid=40">联系我们</a>&nbsp;|&nbsp;<a href="list.asp?classid=19">疫情防控</a>&nbsp;|&nbsp;<a href="admin/login.asp">管理登录</a><br />
Copyright ? 2012 苍南县国家税收纳税人权益维护协会 All rights reserved。 技术支持:<a href="http://www.3cnet.cn/" target="_blank">三创网络</a><br />
电话/传真:(0577) 68717111 26658777 68751855 68716388 <a href="http://www.miibeian.gov.cn/" target="_blank">浙ICP备12037378号-1</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33032702000730" target="_blank">浙公网安备 33032702000730号</a>
</td></tr></table>
<script type="text/javascript" src="js/tongji.js"></script>
</body>
</html>
