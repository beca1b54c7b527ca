using System.Security.Cryptography;
using System.Text;

namespace ReviewI18n.Output.Html;

/// <summary>
/// The frame of a self-contained HTML report: inline styles, one inline script (table sorting),
/// no network, no external fonts. A Content-Security-Policy allows only that script, by its hash,
/// so even content that slipped past escaping could not run.
/// </summary>
public static class HtmlPage
{
    public static void Begin(TextWriter output, string title)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '{ScriptHash}'\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>{Html.Text(title)}</title>");
        output.WriteLine($"<style>{Style}</style>");
        output.WriteLine("</head><body>");
        output.WriteLine($"<h1>{Html.Text(title)}</h1>");
    }

    public static void End(TextWriter output)
    {
        output.WriteLine($"<script>{SortScript}</script>");
        output.WriteLine("</body></html>");
    }

    /// <summary>A table header cell that sorts its column; <paramref name="numeric"/> sorts by each cell's <c>data-sort</c> number.</summary>
    public static string SortHeader(string label, bool numeric = false) =>
        $"<th scope=\"col\" data-type=\"{(numeric ? "number" : "text")}\" tabindex=\"0\">{Html.Text(label)}</th>";

    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1d2330}
        h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #d8dde6}
        table{border-collapse:collapse;margin:1em 0;width:100%}
        th,td{padding:.3em .6em;border-bottom:1px solid #e4e8ee;text-align:left;vertical-align:top}
        td.n,th[data-type=number]{text-align:right;font-variant-numeric:tabular-nums}
        th{cursor:pointer;user-select:none;background:#f4f6f9}
        th[aria-sort=ascending]::after{content:" \25B2"}th[aria-sort=descending]::after{content:" \25BC"}
        .chart{display:block;margin:1em 0}.chart text{font-size:12px;fill:#1d2330}
        .current{fill:#2e9d5b}.stale{fill:#e0a82e}.untranslated{fill:#d9653b}.missing{fill:#b8bfcc}
        .legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}
        .legend .current{background:#2e9d5b}.legend .stale{background:#e0a82e}.legend .untranslated{background:#d9653b}.legend .missing{background:#b8bfcc}
        code,.diff{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em}
        .diff{white-space:pre-wrap;background:#f7f7f9;padding:.4em .6em;border-radius:4px;display:block}
        del{background:#fbd9d3;text-decoration:line-through}ins{background:#d3f2dc;text-decoration:none}
        .kind{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.85em;background:#e8ecf3}
        .review{margin:1.5em 0;padding:.6em 1em;border:1px solid #e4e8ee;border-radius:6px}
        .review h3{margin:.2em 0}.muted{color:#667085}
        """;

    // Sorts the rows of every table.sortable by the clicked column; a second click reverses.
    private const string SortScript = """
        document.querySelectorAll("table.sortable").forEach(function(table){
          var heads=table.tHead.rows[0].cells;
          Array.prototype.forEach.call(heads,function(th,col){
            function sort(){
              var asc=th.getAttribute("aria-sort")!=="ascending";
              Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
              th.setAttribute("aria-sort",asc?"ascending":"descending");
              var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows),num=th.dataset.type==="number";
              rows.sort(function(a,b){
                var x=a.cells[col].dataset.sort||a.cells[col].textContent,y=b.cells[col].dataset.sort||b.cells[col].textContent;
                var c=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);
                return asc?c:-c;
              });
              rows.forEach(function(r){body.appendChild(r);});
            }
            th.addEventListener("click",sort);
            th.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();sort();}});
          });
        });
        """;

    private static readonly string ScriptHash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(SortScript)));
}
