using ReviewI18n.Bench;

// Benchmarks of ReviewI18n. Figures go to docs/BENCHMARKS.md with the machine and the date.
//   process <exe> <site> [runs] [-- args]   end-to-end wall time, CPU and peak memory of a CLI run
//   compare <exe-a> <exe-b> <site> [rounds] [-- args]
//       two builds run in turns on the same site: median wall and CPU time of each
//   alloc <site> [runs] [-- args]           the CLI run in-process: sampled allocations by type
//   micro [BenchmarkDotNet args]             parser micro-benchmarks over the real site
//   sync-kill --site DIR [--kills N] [--seed S] [--work DIR]
//       copies DIR, kills `review-i18n sync --write` at random moments and checks that every
//       file is exactly its old or exactly its new version after each kill (--command fix-encoding: the same for it)
//   fuzz [--cases N] [--seed S] [--site DIR] [--timeout-ms T]
//       mutates real and generated reviews and runs the whole pipeline on each in-process
//   generate --site DIR --out DIR --files N
//       a synthetic site of N files made of copies of a real one (new refs, both locales, pairs kept)
return args.FirstOrDefault() switch
{
    "process" => ProcessBenchmark.Run(args[1..]),
    "compare" => ProcessBenchmark.Compare(args[1..]),
    "micro" => MicroBenchmarks.Run(args[1..]),
    "alloc" => await AllocationProfile.RunAsync(args[1..]),
    "sync-kill" => await SyncKillLoop.RunAsync(BenchOptions.Parse(args[1..])),
    "fuzz" => await ReviewI18n.Bench.Fuzz.FuzzCommand.RunAsync(BenchOptions.Parse(args[1..])),
    "generate" => ReviewI18n.Bench.Generate.SiteGenerator.Run(BenchOptions.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ReviewI18n.Bench process <exe> <site> [runs] [-- args] | compare <exe-a> <exe-b> <site> [rounds] [-- args] | alloc <site> [runs] [-- args] | micro [--filter *] | sync-kill --site DIR [--kills N] [--seed S] [--work DIR] [--command sync|fix-encoding] | fuzz [--cases N] [--seed S] [--site DIR] | generate --site DIR --out DIR --files N");
    return 2;
}
