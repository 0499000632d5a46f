/// The bulletin's inline CSS: an A4 page with running sections, tables that repeat their
/// header across pages, and chart styling by class (the SVGs carry no colours).
///
/// Fonts are the system's (a Vietnamese-capable sans serif first): a self-contained file
/// may not load a web font.
enum BulletinStyleSheet {
    static let css = """
        @page {
          size: A4; margin: 16mm 15mm 16mm 15mm;
          @bottom-right {
            content: counter(page) " / " counter(pages);
            font: 8pt "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #56626c;
          }
        }
        :root {
          --ink: #1c2630; --muted: #56626c; --rule: #c8d1d9; --band: #eef3f7; --zebra: #f6f8fa;
          --blue: #1f4e79; --red: #a52a2a; --orange: #c55a11; --green: #1e6b33; --amber: #8a5a00;
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
          margin: 0; color: var(--ink); background: #fff;
          font: 10pt/1.4 "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
        }
        .page { max-width: 180mm; margin: 0 auto; }
        @media screen {
          body { background: #e6eaee; }
          .page { max-width: 210mm; margin: 6mm auto; padding: 14mm 15mm; background: #fff;
                  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); }
        }
        .masthead { border-top: 5px solid var(--red); padding-top: 2.5mm; margin-bottom: 5mm; }
        .masthead-line { display: flex; justify-content: space-between; margin: 0; font-size: 8.5pt; font-weight: 700;
                         letter-spacing: 0.08em; text-transform: uppercase; color: var(--red); }
        h1 { margin: 2mm 0 1.5mm; font-size: 16.5pt; line-height: 1.2; color: var(--blue); }
        .subtitle { margin: 0; padding-bottom: 2.5mm; border-bottom: 1px solid var(--rule); color: var(--muted);
                    font-size: 9pt; }
        h2 { margin: 7mm 0 3mm; padding-bottom: 1mm; border-bottom: 1.5px solid var(--blue); color: var(--blue);
             font-size: 12.5pt; break-after: avoid; page-break-after: avoid; }
        h3 { margin: 4mm 0 2mm; color: var(--blue); font-size: 10pt; break-after: avoid; page-break-after: avoid; }
        section.appendix { break-before: page; page-break-before: always; }
        .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
        .card { padding: 2.5mm 3mm; border: 1px solid var(--rule); border-top: 3px solid var(--blue);
                background: var(--band); break-inside: avoid; }
        .card p { margin: 0; }
        .card-label { font-size: 8pt; font-weight: 700; letter-spacing: 0.03em; text-transform: uppercase;
                      color: var(--muted); }
        .card-value { margin: 1mm 0 !important; font-size: 21pt; font-weight: 700; line-height: 1.1;
                      font-variant-numeric: tabular-nums; }
        .card-detail { font-size: 8pt; color: var(--muted); }
        figure { margin: 0 0 5mm; break-inside: avoid; page-break-inside: avoid; }
        figcaption, caption { margin-bottom: 1.5mm; font-size: 9.5pt; font-weight: 700; text-align: left; }
        caption { caption-side: top; }
        svg.chart { display: block; width: 100%; height: auto; }
        svg text { font-family: inherit; font-size: 11px; fill: var(--ink); }
        svg .tick { font-size: 10px; fill: var(--muted); }
        svg .legend { font-size: 10.5px; }
        svg .grid { stroke: #e0e5ea; stroke-width: 1; }
        svg .zero { stroke: #3b444c; stroke-width: 1.2; }
        svg .bar { fill: var(--blue); }
        svg .bar.neg { fill: var(--red); }
        svg .value { font-size: 10px; font-weight: 700; }
        svg .value, svg .reference-label { paint-order: stroke; stroke: #fff; stroke-width: 3px;
                                           stroke-linejoin: round; }
        svg .value.inside { stroke: none; }
        svg .value.inside { fill: #fff; }
        svg .na { fill: var(--muted); font-style: italic; }
        svg .reference { stroke: var(--orange); stroke-width: 1.2; stroke-dasharray: 4 3; }
        svg .reference-label { fill: var(--orange); font-size: 10px; font-weight: 700; }
        svg .line { fill: none; stroke: var(--orange); stroke-width: 2; }
        svg .point { fill: #fff; stroke: var(--orange); stroke-width: 2; }
        svg .line-value { fill: var(--orange); }
        .table-block { margin: 0 0 5mm; }
        .table-block.keep { break-inside: avoid; page-break-inside: avoid; }
        .wide table { font-size: 7.6pt; }
        .wide th, .wide td { padding: 1mm 1.2mm; }
        .wide tbody th { white-space: nowrap; }
        table { width: 100%; border-collapse: collapse; font-size: 8.5pt; font-variant-numeric: tabular-nums; }
        thead { display: table-header-group; }
        th, td { padding: 1.1mm 1.8mm; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
        thead th { background: var(--blue); color: #fff; font-weight: 700; border-bottom: none;
                   vertical-align: bottom; }
        th.num, td.num { text-align: right; }
        td.num, td.code { white-space: nowrap; }
        tbody th { font-weight: inherit; }
        tbody tr:nth-child(even) { background: var(--zebra); }
        tr { break-inside: avoid; page-break-inside: avoid; }
        tbody tr.total { background: var(--band); font-weight: 700; }
        tbody .path { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt;
                word-break: break-all; }
        .tone-good { color: var(--green); }
        .tone-warning { color: var(--amber); font-weight: 700; }
        .tone-bad { color: var(--red); font-weight: 700; }
        .note, .empty { margin: 0 0 4mm; font-size: 8.5pt; color: var(--muted); }
        .empty { font-style: italic; }
        ul.warnings { margin: 0 0 4mm; padding-left: 5mm; font-size: 8.5pt; }
        footer { margin-top: 6mm; padding-top: 2mm; border-top: 1px solid var(--rule); font-size: 8pt;
                 color: var(--muted); }
        """
}
