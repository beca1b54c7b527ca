using ReviewI18n.Bench;

// Benchmarks of ReviewI18n. Figures go to docs/BENCHMARKS.md with the machine and the date.
//   process <exe> <site> [runs] [-- args]   end-to-end wall time and peak memory of a CLI run
//   micro [BenchmarkDotNet args]             parser micro-benchmarks over the real site
return args.FirstOrDefault() switch
{
    "process" => ProcessBenchmark.Run(args[1..]),
    "micro" => MicroBenchmarks.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ReviewI18n.Bench process <exe> <site> [runs] [-- args] | micro [--filter *]");
    return 2;
}
