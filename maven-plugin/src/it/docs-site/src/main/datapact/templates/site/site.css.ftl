/* House style of the data team: replaces the built-in site.css.ftl; every other template stays built in. */
body { font-family: Georgia, serif; }
