<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8"/>
  <title><#if (content.title)??>${content.title} - </#if>Bench vault</title>
  <#if (content.description)??><meta name="description" content="${content.description}"/></#if>
  <link rel="alternate" type="application/atom+xml" href="${content.rootpath!}${config.feed_file}"/>
</head>
<body>
<nav><a href="${content.rootpath!}index.html">Home</a> <a href="${content.rootpath!}${config.archive_file}">Archive</a> <a href="${content.rootpath!}${config.feed_file}">Feed</a></nav>
<main>
