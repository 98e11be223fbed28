namespace NewsBot.Testing.News;

/// <summary>
/// News pages shaped like real ones (navigation, ads, scripts, comments, related links, a cookie banner
/// and a newsletter box around the article; HTML entities; a pull quote in a <c>&lt;blockquote&gt;</c>),
/// about places and people that do not exist.
/// </summary>
public static class NewsPages
{
    /// <summary>The ferry story: a quote by the mayor, a pull quote by an engineer, figures.</summary>
    public const string FerryHeadline = "Harbour council approves a night ferry to the islands";

    public const string Ferry = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Harbour council approves a night ferry to the islands | The Coastal Ledger</title>
          <meta property="og:title" content="Harbour council approves a night ferry to the islands">
          <meta name="author" content="Nadia Osterholm">
          <meta property="article:published_time" content="2026-03-04T09:30:00Z">
          <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
          <script src="https://ads.example.net/loader.js" async></script>
          <style>.ad-slot{min-height:250px}</style>
        </head>
        <body>
          <div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Privacy policy</a></div>
          <header class="site-header">
            <a class="logo" href="/">The Coastal Ledger</a>
            <nav class="main-nav">
              <ul>
                <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>
                <li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li>
              </ul>
            </nav>
          </header>
          <div class="ad-slot" id="leaderboard">Advertisement</div>
          <main>
            <article class="story">
              <h1 class="headline">Harbour council approves a night ferry to the islands</h1>
              <div class="byline">By <a href="/authors/nadia-osterholm" rel="author">Nadia Osterholm</a> &middot; <time datetime="2026-03-04T09:30:00Z">March 4, 2026</time></div>
              <figure class="lead-image">
                <img src="/img/ferry.jpg" alt="The old ferry at the quay">
                <figcaption>The old ferry at the quay in Port Velden. Photo: Ivo Brandt / Coastal Ledger</figcaption>
              </figure>
              <div class="story-body">
                <p>PORT VELDEN &mdash; The harbour council of Port Velden voted on Tuesday to run a night ferry to the Skerra islands, ending a decade in which the last boat left the mainland at six in the evening.</p>
                <p>&ldquo;We have waited twenty years for a boat that runs after dark,&rdquo; said Mayor Elena Varga, who proposed the service. &ldquo;Nurses, bakers and students will finally get home.&rdquo;</p>
                <p>The council expects the ferry to carry 1,200 passengers a night in its first year. The new boat will cost $48 million, of which the regional government pays 60%.</p>
                <div class="ad-slot inline-ad">Advertisement &ndash; story continues below</div>
                <p>Crossings will start in September and leave every 90 minutes between 8 p.m. and 2 a.m. Tickets will cost the same as on the day service, the council said.</p>
                <blockquote class="pull-quote">
                  <p>&ldquo;The harbour was built for cargo, not for people going home at midnight.&rdquo;</p>
                  <p>&mdash; Tomas Reyler, harbour engineer</p>
                </blockquote>
                <p>Harbour engineer Tomas Reyler said the quay would need new lighting and a covered waiting room, work he estimated at about four months. Fishermen&#39;s groups asked that the ferry keep clear of the northern channel at dawn, when their boats return.</p>
                <p>Opposition councillor Mirela Dunst voted against the plan. She said the council had &ldquo;not shown where the money for the crew will come from&rdquo; and called for a public hearing before any contract is signed.</p>
              </div>
              <div class="share-tools"><a href="#">Share on social</a> <a href="#">Email</a> <a href="#">Print</a></div>
            </article>
            <aside class="related">
              <h2>Related stories</h2>
              <ul>
                <li><a href="/news/bridge-repairs-delayed">Bridge repairs delayed again as costs rise</a></li>
                <li><a href="/news/island-school-reopens">Island school reopens after storm damage</a></li>
                <li><a href="/news/fish-market-moves">Fish market moves to the old customs house</a></li>
              </ul>
            </aside>
            <section class="newsletter"><h2>Get the morning briefing</h2><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
            <section id="comments">
              <h2>Comments (3)</h2>
              <div class="comment"><span class="author">harbourwatcher</span><p>About time! I have missed that last boat so many times.</p></div>
              <div class="comment"><span class="author">skerra_local</span><p>Who pays for the crew though? Nobody answers that.</p></div>
              <div class="comment"><span class="author">j.m.</span><p>First they should fix the bridge.</p></div>
            </section>
          </main>
          <footer class="site-footer">
            <p>&copy; 2026 The Coastal Ledger. All rights reserved.</p>
            <nav><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/terms">Terms</a></nav>
          </footer>
          <script>document.querySelectorAll('.ad-slot').forEach(function(s){s.dataset.loaded='1';});</script>
        </body>
        </html>
        """;

    /// <summary>A second story, about a library, with a quote and a figure of its own.</summary>
    public const string LibraryHeadline = "Old customs house to become the town library";

    public const string Library = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Old customs house to become the town library - Velden Evening Post</title>
          <script>var _paq = window._paq = []; _paq.push(['trackPageView']);</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/culture">Culture</a> <a href="/login">Log in</a></nav>
          <div class="promo">Subscribe for &pound;1 a week</div>
          <div id="content">
            <h1>Old customs house to become the town library</h1>
            <p class="meta">Published 12 February 2026 by Pieter Lonn</p>
            <div class="article-text">
              <p>The empty customs house on the west quay will open as Port Velden&rsquo;s library next spring, the town&rsquo;s culture office announced on Thursday.</p>
              <p>The move doubles the shelf space to 90,000 books and adds a reading room facing the water. &quot;A library should be where people already walk,&quot; said Anouk Severs, the head librarian.</p>
              <p>The renovation will take eleven months and is paid for by a heritage grant. The present library, above the post office, closes in March and its staff move to the new building.</p>
              <p>Local historians welcomed the plan but asked that the customs ledgers kept in the cellar stay in the building, where they have been since the nineteenth century.</p>
            </div>
          </div>
          <div class="more"><h3>More from Local</h3><a href="/local/a">Parking fees to rise</a> <a href="/local/b">New bus timetable</a></div>
          <footer>Velden Evening Post &middot; <a href="/rss">RSS</a></footer>
        </body>
        </html>
        """;

    /// <summary>A page with no article on it: a sign-in wall.</summary>
    public const string SignInWall = """
        <!DOCTYPE html>
        <html><head><title>Sign in</title></head>
        <body><nav><a href="/">Home</a></nav><form><label>Email <input></label><button>Sign in</button></form><footer>&copy; 2026</footer></body>
        </html>
        """;
}
