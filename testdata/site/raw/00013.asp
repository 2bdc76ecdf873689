<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>维权指南-苍南县国家税收纳税人权益维护协会</title>
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
<div class="position">您当前位置的: <a href="index.asp">网站首页</a> &gt; 维权指南</div>
<ul class="newslist">
<li><span class="date">2023-04-12</span><a href="show.asp?id=2313" title="扎实推进纳税信用等级评价的实施意见" target="_blank">扎实推进纳税信用等级评价的实施意见</a></li>
<li><span class="date">2021-08-04</span><a href="show.asp?id=2257" title="2019年度出口退税的实施意见" target="_blank">2019年度出口退税的实施意见</a></li>
<li><span class="date">2021-06-22</span><a href="show.asp?id=2249" title="协会组织会员企业学习税收优惠政策宣传若干问题" target="_blank">协会组织会员企业学习税收优惠政策宣传...</a></li>
<li><span class="date">2020-09-10</span><a href="show.asp?id=2229" title="协会组织会员企业学习山海协作经验交流会" target="_blank">协会组织会员企业学习山海协作经验交流...</a></li>
<li><span class="date">2020-01-12</span><a href="show.asp?id=2215" title="2021年度税收优惠政策宣传宣传月活动" target="_blank">2021年度税收优惠政策宣传宣传月活...</a></li>
<li><span class="date">2015-04-18</span><a href="show.asp?id=2076" title="苍南县国税局部署营改增试点宣传月活动" target="_blank">苍南县国税局部署营改增试点宣传月活动</a></li>
<li><span class="date">2014-12-07</span><a href="show.asp?id=2066" title="苍南县国税局部署出口退税工作会议" target="_blank">苍南县国税局部署出口退税工作会议</a></li>
</ul>
<div class="page">共7条记录&nbsp;页次:1/1&nbsp;每页20条&nbsp;首页 上一页 下一页 尾页&nbsp;转到:<select onchange="location.href='list.asp?classid=4&page='+this.value"><option value="1" selected="selected">第1页</option></select></div>

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
