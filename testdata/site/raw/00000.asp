<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>苍南县国家税收纳税人权益维护协会</title>
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
<marquee direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="show.asp?id=2306">我会召开出口退税工作会议</a>&nbsp;&nbsp;<a href="show.asp?id=2295">苍南县国税局部署全要素生产率提升座谈会</a>&nbsp;&nbsp;<a href="show.asp?id=2287">2021年度纳税信用等级评价情况通报</a>&nbsp;&nbsp;<a href="show.asp?id=2274">扎实推进纳税信用等级评价情况通报</a>&nbsp;&nbsp;<a href="show.asp?id=2266">2019年度全要素生产率提升座谈会</a>&nbsp;&nbsp;</marquee>
<div class="slide"><script type="text/javascript">var pics="",links="";links+="show.asp?id=107|";links+="show.asp?id=2055|";links+="show.asp?id=2130|";links+="show.asp?id=2210|";links+="show.asp?id=2283|";</script></div>
<table width="100%" class="block"><tr><td class="block_title">税务要闻</td><td align="right"><a href="list.asp?classid=9">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><ul><li><a href="show.asp?id=2309" target="_blank">协会组织会员企业学习社会保险费征...</a> <span>03-24</span></li><li><a href="show.asp?id=2269" target="_blank">解读减税降费政策落实座谈会</a> <span>04-28</span></li><li><a href="show.asp?id=2268" target="_blank">关于进一步加强减税降费政策落实工...</a> <span>04-28</span></li><li><a href="show.asp?id=2212" target="_blank">2019年度全要素生产率提升的实...</a> <span>12-17</span></li><li><a href="show.asp?id=2148" target="_blank">聚焦小微企业普惠性税收减免工作会...</a> <span>11-26</span></li><li><a href="show.asp?id=2143" target="_blank">关于开展山海协作座谈会</a> <span>11-08</span></li><li><a href="show.asp?id=2139" target="_blank">浙江省出台营改增试点工作的通知</a> <span>07-12</span></li><li><a href="show.asp?id=2099" target="_blank">关于开展个人所得税汇算清缴情况通...</a> <span>01-19</span></li></ul></td></tr></table>
<table width="100%" class="block"><tr><td class="block_title">会务动态</td><td align="right"><a href="list.asp?classid=26">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><ul><li><a href="show.asp?id=2300" target="_blank">协会组织会员企业学习疫情防控期间...</a> <span>03-10</span></li><li><a href="show.asp?id=2280" target="_blank">关于进一步加强个人所得税汇算清缴...</a> <span>08-24</span></li><li><a href="show.asp?id=2253" target="_blank">2019年度全要素生产率提升座谈...</a> <span>07-10</span></li><li><a href="show.asp?id=2245" target="_blank">关于进一步加强社会保险费征收经验...</a> <span>04-30</span></li><li><a href="show.asp?id=2206" target="_blank">苍南县国税局部署个人所得税汇算清...</a> <span>11-15</span></li><li><a href="show.asp?id=2203" target="_blank">聚焦社会保险费征收专题培训</a> <span>09-18</span></li><li><a href="show.asp?id=2195" target="_blank">扎实推进个人所得税汇算清缴的实施...</a> <span>08-15</span></li><li><a href="show.asp?id=2177" target="_blank">关于开展疫情防控期间税费优惠工作...</a> <span>11-03</span></li></ul></td></tr></table>
<table width="100%" class="block"><tr><td class="block_title">政策法规</td><td align="right"><a href="list.asp?classid=6">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><ul><li><a href="show.asp?id=2311" target="_blank">我会召开增值税发票管理工作纪实</a> <span>04-12</span></li><li><a href="show.asp?id=2283" target="_blank">苍南县国税局部署增值税发票管理的...</a> <span>09-09</span></li><li><a href="show.asp?id=2246" target="_blank">扎实推进小微企业普惠性税收减免座...</a> <span>05-26</span></li><li><a href="show.asp?id=2242" target="_blank">关于开展增值税发票管理政策解读</a> <span>04-26</span></li><li><a href="show.asp?id=2240" target="_blank">关于进一步加强个人所得税汇算清缴...</a> <span>04-07</span></li><li><a href="show.asp?id=2237" target="_blank">关于开展疫情防控期间税费优惠专题...</a> <span>12-17</span></li><li><a href="show.asp?id=2232" target="_blank">协会组织会员企业学习税收优惠政策...</a> <span>10-03</span></li><li><a href="show.asp?id=2191" target="_blank">2021年度纳税人权益维护工作纪...</a> <span>06-05</span></li></ul></td></tr></table>
<table width="100%" class="block"><tr><td class="block_title">财经微观</td><td align="right"><a href="list.asp?classid=37">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><ul><li><a href="show.asp?id=2262" target="_blank">苍南县国税局部署纳税信用等级评价...</a> <span>11-07</span></li><li><a href="show.asp?id=2248" target="_blank">协会组织会员企业学习出口退税情况...</a> <span>06-06</span></li><li><a href="show.asp?id=2234" target="_blank">解读疫情防控期间税费优惠若干问题</a> <span>10-31</span></li><li><a href="show.asp?id=2185" target="_blank">关于进一步加强个人所得税汇算清缴...</a> <span>02-10</span></li><li><a href="show.asp?id=2167" target="_blank">协会组织会员企业学习小微企业普惠...</a> <span>05-21</span></li><li><a href="show.asp?id=2146" target="_blank">协会组织会员企业学习社会保险费征...</a> <span>11-08</span></li><li><a href="show.asp?id=1234" target="_blank">山海协作打赢脱贫攻坚战</a> <span>03-28</span></li><li><a href="show.asp?id=2133" target="_blank">扎实推进税收优惠政策宣传的实施意...</a> <span>03-09</span></li></ul></td></tr></table>
<table width="100%" class="block"><tr><td class="block_title">维权指南</td><td align="right"><a href="list.asp?classid=4">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><ul><li><a href="show.asp?id=2313" target="_blank">扎实推进纳税信用等级评价的实施意...</a> <span>04-12</span></li><li><a href="show.asp?id=2257" target="_blank">2019年度出口退税的实施意见</a> <span>08-04</span></li><li><a href="show.asp?id=2249" target="_blank">协会组织会员企业学习税收优惠政策...</a> <span>06-22</span></li><li><a href="show.asp?id=2229" target="_blank">协会组织会员企业学习山海协作经验...</a> <span>09-10</span></li><li><a href="show.asp?id=2215" target="_blank">2021年度税收优惠政策宣传宣传...</a> <span>01-12</span></li><li><a href="show.asp?id=2076" target="_blank">苍南县国税局部署营改增试点宣传月...</a> <span>04-18</span></li><li><a href="show.asp?id=2066" target="_blank">苍南县国税局部署出口退税工作会议</a> <span>12-07</span></li></ul></td></tr></table>
<table width="100%" class="block"><tr><td class="block_title">人物风采</td><td align="right"><a href="list.asp?classid=16">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><ul><li><a href="show.asp?id=2298" target="_blank">陈海燕：三十年坚守办税一线</a> <span>03-06</span></li><li><a href="show.asp?id=2272" target="_blank">苏玥：用心服务每一位纳税人</a> <span>05-12</span></li><li><a href="show.asp?id=2226" target="_blank">郑镕基：企业家的诚信纳税之路</a> <span>08-29</span></li><li><a href="show.asp?id=2217" target="_blank">林建国：用心服务每一位纳税人</a> <span>02-02</span></li><li><a href="show.asp?id=2042" target="_blank">王建国：税收宣传志愿者的故事</a> <span>02-25</span></li><li><a href="show.asp?id=2033" target="_blank">陈祎：三十年坚守办税一线</a> <span>12-29</span></li><li><a href="show.asp?id=136" target="_blank">李琤：企业家的诚信纳税之路</a> <span>10-31</span></li><li><a href="show.asp?id=2009" target="_blank">陈喆：税收宣传志愿者的故事</a> <span>07-07</span></li></ul></td></tr></table>

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
