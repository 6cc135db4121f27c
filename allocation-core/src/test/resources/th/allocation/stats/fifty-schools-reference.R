# Independent reference values for EquitySampleReferenceTest, from fifty-schools.csv: 50 made-up
# schools (drawn once with Python's random.Random(20260604): lognormal per-pupil amounts around a
# base per group, pupils from 1 to 2,500; S008 and S009 tie at 2052.00), kept as data, not regenerated.
# Run from this folder: Rscript fifty-schools-reference.R
# Checked with R 4.2.2 (Debian 12, r-base-core) and laeken 0.5.2 (r-cran-laeken).
# Only the Gini comes from a package (laeken::gini, which returns percent); the rest are base-R
# one-liners of the textbook formulas, written independently of the Java code.
suppressPackageStartupMessages(library(laeken))
d <- read.csv("fifty-schools.csv", stringsAsFactors = FALSE)
x <- d$per_pupil; n <- d$pupils; g <- d$group
N <- sum(n); mu <- sum(n * x) / N
pupils <- rep(x, n)                                  # one entry per pupil
q <- function(p) unname(quantile(pupils, p, type = 2))
med <- q(0.5)
atk <- function(e) if (e == 1) 1 - exp(sum(n * log(x)) / N) / mu else
  1 - (sum(n / N * (x / mu)^(1 - e)))^(1 / (1 - e))
theil <- function(x, n) { m <- sum(n * x) / sum(n); sum(n / sum(n) * (x / m) * log(x / m)) }
out <- c(
  pupils = N, mean = mu,
  sd = sqrt(sum(n * (x - mu)^2) / N),
  min = min(x), p5 = q(0.05), median = med, p95 = q(0.95), max = max(x),
  cv = sqrt(sum(n * (x - mu)^2) / N) / mu,
  mcloone = sum((n * x)[x <= med]) / (med * sum(n[x <= med])),
  verstegen = sum((n * x)[x >= med]) / (med * sum(n[x >= med])),
  gini = laeken::gini(x, weights = n)$value / 100,
  gini_pairs = sum(outer(n, n) * abs(outer(x, x, "-"))) / (2 * N^2 * mu),
  theil = theil(x, n),
  mld = sum(n / N * log(mu / x)),
  atkinson_0.5 = atk(0.5), atkinson_1 = atk(1), atkinson_2 = atk(2))
for (grp in sort(unique(g))) {
  i <- g == grp
  s <- sum(n[i] * x[i]) / sum(n * x)
  m <- sum(n[i] * x[i]) / sum(n[i])
  out[paste0("theil_", grp)] <- theil(x[i], n[i])
  out[paste0("between_", grp)] <- s * log(m / mu)
  out[paste0("within_", grp)] <- s * theil(x[i], n[i])
}
out["between"] <- sum(out[grep("^between_", names(out))])
out["within"] <- sum(out[grep("^within_", names(out))])
o <- order(x); L <- cumsum((n * x)[o]) / sum(n * x); P <- cumsum(n[o]) / N
out["lorenz_0.5"] <- approx(c(0, P), c(0, L), 0.5)$y
out["lorenz_0.9"] <- approx(c(0, P), c(0, L), 0.9)$y
cat(sprintf("%-16s %.17g\n", names(out), out), sep = "")
