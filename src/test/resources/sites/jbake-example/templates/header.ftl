<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8"/>
    <title><#if (content.title)??>${content.title}<#else>JBake</#if></title>
    <meta name="generator" content="JBake">
    <link href="<#if (content.rootpath)??>${content.rootpath}</#if>css/base.css" rel="stylesheet">
  </head>
  <body>
    <div id="wrap">
