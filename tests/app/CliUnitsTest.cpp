// Unit tests of the CLI's building blocks: exit-code mapping, progress styles, result tables.
#include "cli/ConsoleProgress.h"
#include "cli/ExitCode.h"
#include "cli/Plural.h"
#include "cli/Table.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <limits>
#include <sstream>

namespace pgd {
namespace {

TEST(ExitCodeTest, MapsEveryErrorKindToItsDocumentedCode) {
  EXPECT_EQ(toInt(exitCodeFor(ErrorKind::Usage)), 2);
  EXPECT_EQ(toInt(exitCodeFor(ErrorKind::Input)), 3);
  EXPECT_EQ(toInt(exitCodeFor(ErrorKind::Model)), 4);
  EXPECT_EQ(toInt(exitCodeFor(ErrorKind::Output)), 5);
  EXPECT_EQ(toInt(exitCodeFor(ErrorKind::Cancelled)), 6);
  EXPECT_EQ(toInt(exitCodeFor(ErrorKind::Internal)), 1);
  const std::string help = exitCodeHelp();
  for (const char* code : {"  0  ", "  1  ", "  2  ", "  3  ", "  4  ", "  5  ", "  6  "})
    EXPECT_NE(help.find(code), std::string::npos) << code;
}

ProgressUpdate update(double fraction, const std::string& stage) {
  ProgressUpdate u;
  u.fraction = fraction;
  u.stage = stage;
  return u;
}

TEST(PluralTest, CountsReadAsEnglish) {
  EXPECT_EQ(countOf(1, "frame"), "1 frame");
  EXPECT_EQ(countOf(0, "file"), "0 files");
  EXPECT_EQ(countOf(12, "run"), "12 runs");
}

TEST(ConsoleProgressTest, JsonStyleWritesOneParsableObjectPerLine) {
  std::ostringstream s;
  std::atomic<bool> cancel{false};
  {
    ConsoleProgress p(s, ProgressStyle::Json, cancel, "train");
    ProgressUpdate u = update(0.25, "training");
    u.step = 25;
    u.totalSteps = 100;
    u.trainLoss = 0.5;
    EXPECT_TRUE(p.report(u));
    EXPECT_TRUE(p.report(update(1.0, "done")));
  }
  std::istringstream lines(s.str());
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j.at("task"), "train");
    EXPECT_TRUE(j.at("fraction").is_number());
    ++count;
  }
  ASSERT_EQ(count, 2);
  const auto first = nlohmann::json::parse(s.str().substr(0, s.str().find('\n')));
  EXPECT_EQ(first.at("step"), 25);
  EXPECT_EQ(first.at("total_steps"), 100);
  EXPECT_DOUBLE_EQ(first.at("train_loss").get<double>(), 0.5);
  EXPECT_TRUE(first.at("validation_loss").is_null());
}

TEST(ConsoleProgressTest, LinesStyleThrottlesButKeepsStageChangesAndTheEnd) {
  std::ostringstream s;
  std::atomic<bool> cancel{false};
  ConsoleProgress p(s, ProgressStyle::Lines, cancel, "denoise");
  for (int i = 0; i < 100; ++i)
    p.report(update(i / 100.0, "frame 1/1"));
  p.report(update(1.0, "denoised"));
  const std::string text = s.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << text;
  EXPECT_NE(text.find("denoise:   0% frame 1/1"), std::string::npos) << text;
  EXPECT_NE(text.find("100% denoised"), std::string::npos) << text;
}

TEST(ConsoleProgressTest, SaysTheNoiseEchoAndWhenAValidationIsNotKeptForIt) {
  ProgressUpdate u = update(0.5, "training");
  u.step = 300;
  u.totalSteps = 1000;
  u.validationLoss = -3.1;
  u.noiseEcho = 0.0614;
  u.isValidation = true;
  std::atomic<bool> cancel{false};
  std::ostringstream lines;
  {
    ConsoleProgress p(lines, ProgressStyle::Lines, cancel, "train");
    p.report(u);
    u.step = 310;
    u.echoRefused = true; // due at once, though within the throttling interval
    p.report(u);
  }
  const std::string text = lines.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << text;
  EXPECT_NE(text.find("step 300/1000 val -3.1 echo 0.061"), std::string::npos) << text;
  EXPECT_EQ(text.find("not kept"), text.rfind("not kept")) << text; // the second line only
  EXPECT_NE(text.find("step 310/1000 val -3.1 echo 0.061 (not kept: copies noise)"),
            std::string::npos)
      << text;
  std::ostringstream json;
  {
    ConsoleProgress p(json, ProgressStyle::Json, cancel, "train");
    p.report(u);
  }
  const auto j = nlohmann::json::parse(json.str());
  EXPECT_DOUBLE_EQ(j.at("noise_echo").get<double>(), 0.0614);
  EXPECT_TRUE(j.at("echo_refused").get<bool>());
}

TEST(ConsoleProgressTest, BarRedrawsOneLineAndEndsIt) {
  std::ostringstream s;
  std::atomic<bool> cancel{false};
  {
    ConsoleProgress p(s, ProgressStyle::Bar, cancel, "train");
    p.report(update(0.5, "training"));
  }
  const std::string text = s.str();
  EXPECT_EQ(text.front(), '\r');
  EXPECT_NE(text.find("[############............]  50% training"), std::string::npos) << text;
  EXPECT_NE(text.find("left"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
}

TEST(ConsoleProgressTest, NoneIsSilentAndEveryStyleReportsCancel) {
  for (auto style :
       {ProgressStyle::None, ProgressStyle::Lines, ProgressStyle::Json, ProgressStyle::Bar}) {
    std::ostringstream s;
    std::atomic<bool> cancel{false};
    ConsoleProgress p(s, style, cancel, "job");
    EXPECT_TRUE(p.report(update(0.1, "a")));
    cancel = true;
    EXPECT_FALSE(p.report(update(0.2, "a")));
    if (style == ProgressStyle::None) {
      EXPECT_TRUE(s.str().empty());
    }
  }
}

TEST(ConsoleProgressTest, FormatsDurations) {
  EXPECT_EQ(formatDuration(65.0), "1:05");
  EXPECT_EQ(formatDuration(3723.0), "1:02:03");
  EXPECT_EQ(formatDuration(std::numeric_limits<double>::quiet_NaN()), "?");
}

TEST(TableTest, PrintsTextCsvAndJson) {
  Table t({"file", "a", "ok"});
  t.addRow({"x,y.tif", 0.125, true});
  t.addRow({"z.tif", 2.0, false});
  EXPECT_EQ(t.toCsv(), "file,a,ok\n\"x,y.tif\",0.125,true\nz.tif,2,false\n");
  const auto j = t.toJson();
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0].at("file"), "x,y.tif");
  EXPECT_DOUBLE_EQ(j[1].at("a").get<double>(), 2.0);
  std::ostringstream text;
  t.print(text, TableFormat::Text);
  EXPECT_EQ(text.str(), "file     a      ok\nx,y.tif  0.125  true\nz.tif    2      false\n");
  EXPECT_THROW(parseTableFormat("xml"), Error);
}

TEST(TableTest, NeverMeasuredValuesShowAsAbsentNotNan) {
  Table t({"model", "loss"});
  t.addRow({"m", std::numeric_limits<double>::quiet_NaN()});
  t.addRow({"n", std::numeric_limits<double>::infinity()});
  EXPECT_EQ(t.toCsv(), "model,loss\nm,\nn,\n");
  EXPECT_TRUE(t.toJson()[0].at("loss").is_null());
  std::ostringstream text;
  t.print(text, TableFormat::Text);
  EXPECT_EQ(text.str().find("nan"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("m      -"), std::string::npos) << text.str();
}

} // namespace
} // namespace pgd
