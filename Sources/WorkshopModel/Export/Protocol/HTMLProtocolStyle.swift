/// The style sheet of the HTML protocol: a readable document on screen (serif text, sans-serif
/// headings and tables, numbered headings) and on paper (A4 margins, every chapter on a new
/// page, no table row or drawing split across pages).
enum HTMLProtocolStyle {
    static let css = """

        :root { --ink: #1d2327; --muted: #5d6a72; --line: #c3ccd2; --head: #eef2f4; --accent: #1f5a85;
                --good: #1d6a3b; --good-bg: #e2f0e6; --mid-bg: #f7f4e7; --low-bg: #f2f3f4; }
        * { box-sizing: border-box; }
        html { color: var(--ink); background: #fff; }
        body { margin: 0; font: 11.5pt/1.55 Georgia, "Source Serif Pro", "Times New Roman", serif; }
        main { max-width: 50rem; margin: 0 auto; padding: 2.5rem 2rem 3rem; }
        h1, h2, h3, h4, h5, h6, th, dt, .kicker, nav, figcaption, .tag, .badge, footer, table {
          font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: .25rem 0 .5rem; }
        h2 { font-size: 1.4rem; margin: 2.6rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.15rem; margin: 2rem 0 .6rem; }
        h4 { font-size: 1rem; margin: 1.4rem 0 .4rem; }
        h5, h6 { font-size: .95rem; margin: 1rem 0 .3rem; }
        .number { color: var(--accent); font-variant-numeric: tabular-nums; margin-right: .45em; }
        .cover { border-bottom: 1px solid var(--line); padding-bottom: 1.2rem; margin-bottom: 1rem; }
        .kicker { margin: 0; color: var(--accent); font-size: .8rem; font-weight: 700; letter-spacing: .14em;
                  text-transform: uppercase; }
        .subtitle { margin: 0 0 1rem; font-size: 1.1rem; color: var(--muted); }
        nav.contents h2 { font-size: .85rem; border: 0; margin: 1rem 0 .3rem; padding: 0; color: var(--muted);
                          text-transform: uppercase; letter-spacing: .1em; }
        nav.contents ol { list-style: none; margin: 0; padding: 0; columns: 2; font-size: .95rem; }
        nav.contents a { color: inherit; text-decoration: none; }
        p { margin: .5rem 0; }
        p.outcome { font-weight: 700; border-left: 3px solid var(--good); padding: .15rem 0 .15rem .7rem; }
        p.note { color: var(--muted); font-size: .88rem; font-style: italic; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1.2rem; margin: .6rem 0 1rem; }
        dl.facts dt { color: var(--muted); font-weight: 600; font-size: .9rem; }
        dl.facts dd { margin: 0; }
        dl.fields { margin: .6rem 0 1rem; }
        dl.fields dt { font-weight: 600; font-size: .92rem; color: var(--accent); margin-top: .8rem; }
        dl.fields dd { margin: .15rem 0 0; }
        dl.fields dd.note { color: var(--muted); font-size: .88rem; font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .88rem; line-height: 1.4; }
        th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
        th { background: var(--head); font-weight: 600; }
        table.compact { width: auto; min-width: 45%; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.highlighted td { background: var(--good-bg); }
        tr.muted td { color: var(--muted); }
        tr.divider td { border-top: 2px dashed var(--good); color: var(--good); font-weight: 700; font-size: .8rem;
                        text-align: center; letter-spacing: .04em; }
        table.grid { table-layout: fixed; font-family: inherit; font-size: 1rem; }
        table.grid > tbody > tr > td { width: 50%; padding: .2rem .9rem .6rem; }
        table.grid h4, table.grid h5 { margin-top: .6rem; }
        ul.cards, ul.cards ul { list-style: none; padding-left: 0; margin: .3rem 0 .8rem; }
        ul.cards ul { margin: .2rem 0 .2rem 1.4rem; padding-left: .7rem; border-left: 2px solid var(--line); }
        li.card { margin: .25rem 0; padding-left: 1.1rem; text-indent: -1.1rem; }
        li.card::before { content: "•"; display: inline-block; width: 1.1rem; text-indent: 0; color: var(--muted); }
        li.card.prepared::before { content: "◇"; }
        li.card.cluster::before { content: "◉"; color: var(--accent); }
        li.card.cluster > .text { font-weight: 700; }
        li.card li.card { text-indent: -1.1rem; }
        .author { color: var(--muted); font-style: italic; }
        .tag, .badge { display: inline-block; text-indent: 0; font-size: .72rem; line-height: 1.5; padding: 0 .5em;
                       border-radius: .7em; margin-left: .25em; vertical-align: .08em; white-space: nowrap; }
        .tag { background: #e6edf2; color: #2b4a5f; }
        .badge { border: 1px solid var(--line); color: var(--muted); }
        ul.plain { margin: .3rem 0 .8rem; padding-left: 1.3rem; }
        figure { margin: 1rem 0 1.4rem; }
        figure svg { display: block; width: 100%; height: auto; }
        figure.matrix svg { max-width: 36rem; }
        figcaption { font-size: .82rem; color: var(--muted); margin-top: .4rem; }
        ol.legend { columns: 2; column-gap: 2rem; margin: .4rem 0 0; padding-left: 2rem; color: var(--ink); }
        ol.legend li { break-inside: avoid; padding-right: .6rem; overflow-wrap: anywhere; }
        ol.legend li.prioritised { font-weight: 600; }
        svg text { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
        svg .q-top { fill: var(--good-bg); } svg .q-mid { fill: var(--mid-bg); } svg .q-low { fill: var(--low-bg); }
        svg .quadrant { font-size: 13px; font-weight: 700; fill: #44525a; }
        svg .midline { stroke: #9aa6ad; stroke-dasharray: 4 4; }
        svg .axis { fill: none; stroke: var(--ink); stroke-width: 1.5; } svg .arrow { fill: var(--ink); }
        svg .pole { font-size: 12px; fill: var(--muted); } svg .axis-name { font-size: 14px; font-weight: 700; fill: var(--ink); }
        svg .dot circle { fill: #5b7785; stroke: #fff; stroke-width: 1.5; }
        svg .dot.prioritised circle { fill: var(--good); }
        svg .dot text { font-size: 11px; font-weight: 700; fill: #fff; }
        svg .grid { stroke: #dde3e6; } svg .tick { font-size: 11px; fill: var(--muted); }
        svg .bar .label { font-size: 13px; fill: var(--ink); } svg .bar .value { font-size: 12px; fill: var(--ink); }
        svg .bar rect { fill: #7d97a5; } svg .bar.highlighted rect { fill: var(--good); }
        svg .bar.highlighted .label { font-weight: 700; } svg .bar.reference rect { fill: #b4bcc1; }
        svg .bar.muted rect { fill: #d9aaa0; } svg .bar.muted .label { fill: var(--muted); }
        footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); }
        @media print {
          @page { size: A4; margin: 18mm 16mm 20mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          section.level1 { break-before: page; }
          header.cover + section.level1 { break-before: auto; }
          h2, h3, h4, h5, dl.fields dt { break-after: avoid; }
          tr, li, figure, dl.facts, dl.fields dd, table.grid td { break-inside: avoid; }
          thead { display: table-header-group; }
          nav.contents a { color: inherit; }
          tr.highlighted td, th, svg * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
