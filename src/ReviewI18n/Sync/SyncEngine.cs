using System.Text;
using Microsoft.Extensions.Logging;
using ReviewI18n.Baselines;
using ReviewI18n.IO;
using ReviewI18n.Pairing;

namespace ReviewI18n.Sync;

/// <summary>What preparing (and perhaps writing) a plan produced.</summary>
public sealed record SyncOutcome(IReadOnlyList<FileChange> Changes, IReadOnlyList<FileRefusal> Refusals, int Written);

/// <summary>
/// Turns a plan into new file contents (text edits, verified) and, when asked, writes them: each
/// file atomically, only if it still holds the bytes that were planned against, then the
/// baseline once with the values now in agreement.
/// </summary>
public sealed class SyncEngine(SyncPlanner planner, BaselineStore store, ILogger<SyncEngine> logger)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public SyncPlanner Planner => planner;

    public SyncOutcome Prepare(SyncPlan plan)
    {
        var changes = new List<FileChange>();
        var refusals = plan.Unwritable.Select(u => new FileRefusal(u.Key, u.Value)).ToList();
        foreach (var (doc, edits, plans) in plan.EditsByDocument())
        {
            if (doc.Decoded.InvalidBytes.Count > 0)
            {
                refusals.Add(new FileRefusal(doc, "it holds bytes that are not UTF-8"));
                continue;
            }
            var result = FrontMatterEditor.Apply(doc, edits);
            if (result.Text is not { } text)
            {
                refusals.Add(new FileRefusal(doc, result.Problem!));
                continue;
            }
            var bytes = Encode(text, doc.Decoded.HasBom);
            // The text must re-encode to the very bytes that were read, or bytes outside the edit could change.
            if (!Encode(doc.Text, doc.Decoded.HasBom).AsSpan().SequenceEqual(doc.Bytes))
            {
                refusals.Add(new FileRefusal(doc, "its bytes do not survive decoding and encoding unchanged"));
                continue;
            }
            changes.Add(new FileChange(doc, text, bytes, plans));
        }
        refusals.Sort((a, b) => string.CompareOrdinal(a.Document.RelativePath, b.Document.RelativePath));
        return new SyncOutcome(changes, refusals, 0);
    }

    /// <summary>Writes every change (atomically, one file at a time) and records the synced values in the baseline.</summary>
    public SyncOutcome Write(SyncPlan plan, SyncOutcome prepared, Baseline baseline, CancellationToken cancellationToken)
    {
        var leftovers = LeftoverTempFiles.Remove(planner.Config);
        if (leftovers > 0) logger.LogInformation("Removed {Count} temporary files left by an interrupted write", leftovers);
        var refusals = prepared.Refusals.ToList();
        var failed = new HashSet<Content.ReviewDocument>(refusals.Select(r => r.Document));
        var written = 0;
        foreach (var change in prepared.Changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = change.Document.FullPath;
            byte[] current;
            try
            {
                current = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                refusals.Add(new FileRefusal(change.Document, $"it cannot be read again: {ex.Message}"));
                failed.Add(change.Document);
                continue;
            }
            if (!current.AsSpan().SequenceEqual(change.Document.Bytes))
            {
                refusals.Add(new FileRefusal(change.Document, "it changed on disk while sync ran"));
                failed.Add(change.Document);
                continue;
            }
            try
            {
                AtomicFile.WriteAllBytes(path, change.NewBytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The old file is untouched (the rename never happened); the other files still go.
                refusals.Add(new FileRefusal(change.Document, $"it could not be written: {ex.Message}"));
                failed.Add(change.Document);
                continue;
            }
            written++;
            logger.LogDebug("Wrote {File}", change.Document.RelativePath);
        }
        RecordBaseline(plan, baseline, failed);
        store.Save(baseline);
        return prepared with { Refusals = refusals, Written = written };
    }

    /// <summary>
    /// Every pair whose fields now agree records the source's value (after any write-back); a
    /// conflict left alone, or a file that could not be written, keeps its old baseline value.
    /// </summary>
    private static void RecordBaseline(SyncPlan plan, Baseline baseline, HashSet<Content.ReviewDocument> failed)
    {
        foreach (var pairPlans in plan.Fields.GroupBy(f => f.Pair))
        {
            DocumentPair pair = pairPlans.Key;
            if (failed.Contains(pair.Translation)) continue;
            BaselineEntry? entry = null;
            foreach (var field in pairPlans)
            {
                if (field.Action == SyncAction.Conflict || field.Reason == "derived") continue;
                if (field.Action == SyncAction.WriteBack && failed.Contains(pair.Source)) continue;
                var value = field.Action == SyncAction.WriteBack ? field.Desired : field.Source;
                if (value is null) continue;
                entry ??= baseline.GetOrAdd(Baseline.KeyOf(pair.Collection, pair.Locale, pair.Key));
                entry.SetShared(field.Field, value);
            }
        }
    }

    private static byte[] Encode(string text, bool bom)
    {
        var count = Encoding.UTF8.GetByteCount(text);
        var bytes = new byte[count + (bom ? 3 : 0)];
        if (bom) Bom.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(bom ? 3 : 0));
        return bytes;
    }
}
