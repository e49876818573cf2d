#include "docket/entities/tagger.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "docket/entities/weight_stream.hpp"
#include "docket/lexicons.hpp"

namespace docket::ner {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * kFnvPrime;
}
uint64_t mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return mix(h, s.size());
}
uint64_t start(uint64_t feature_template) {
  return mix(kFnvOffset, feature_template);
}

uint32_t bucket_of(uint64_t h, uint32_t bits) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return static_cast<uint32_t>(h >> (64 - bits));
}

// "Xxxx" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d": letters by case, digits, punctuation
// kept.
uint64_t shape_key(std::string_view w) {
  uint64_t h = kFnvOffset;
  char prev = 0;
  for (const char byte : w) {
    const auto c = static_cast<unsigned char>(byte);
    char k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0x80 && c < 0xC0)
      continue;  // UTF-8 continuation byte
    else if (c >= 0x80)
      k = 'u';
    else
      k = static_cast<char>(c);
    if (k == prev) continue;
    prev = k;
    h ^= static_cast<unsigned char>(k);
    h *= kFnvPrime;
  }
  return h;
}

bool has_letter(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  });
}

enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kPrefix,
  kSuffix,
  kPrev1,
  kNext1,
  kPrev2,
  kNext2,
  kShapePrevCur,
  kShapeCurNext,
  kBigramPrev,
  kBigramNext,
  kInitialShape,
  kCapsSentenceWord,
  kGaz,
  kGazPrev,
  kGazNext,
  kDocCase,
  kLength,
  kTagPrev = 100,
  kTagPrev2,
  kTagPrevWord,
  kHistory,
  kHistoryShape,
};

// Per word key a small non-zero mark (0: not seen): open addressing, sized for the document's
// tokens so it never fills.
class WordMarks {
 public:
  explicit WordMarks(size_t tokens) {
    size_t cap = 16;
    while (cap < 2 * tokens) cap <<= 1;
    keys_.assign(cap, 0);
    marks_.assign(cap, 0);
    mask_ = cap - 1;
  }
  [[nodiscard]] uint8_t get(uint64_t key) const { return marks_[slot(key)]; }
  void set(uint64_t key, uint8_t mark) {
    const size_t i = slot(key);
    keys_[i] = key;
    marks_[i] = mark;
  }

 private:
  [[nodiscard]] size_t slot(uint64_t key) const {
    size_t i = static_cast<size_t>(key ^ (key >> 29)) & mask_;
    while (marks_[i] && keys_[i] != key) i = (i + 1) & mask_;
    return i;
  }
  std::vector<uint64_t> keys_;
  std::vector<uint8_t> marks_;
  size_t mask_ = 0;
};

// Where a token stands: first of its line/sentence, inside an ALL CAPS line.
struct Position {
  std::vector<uint8_t> initial;
  std::vector<uint8_t> caps_line;
  std::vector<uint8_t> kind;                 // 0 running text, 1 ALL CAPS, 2 Title Case headline
  std::vector<uint32_t> seg_begin, seg_end;  // per token: its segment's bounds
};

// `headline_period`: a first line written as a paragraph of its own is a headline even when it
// ends in a period (some feeds add one: "Visa Program Up for Renewal Amid Allegations of Fraud.");
// the tagger was trained without it.
Position positions(const Document& doc, bool headline_period = false) {
  Position p;
  const size_t n = doc.tokens.size();
  p.initial.assign(n, 0);
  p.caps_line.assign(n, 0);
  p.kind.assign(n, 0);
  p.seg_begin.assign(n, 0);
  p.seg_end.assign(n, 0);
  size_t s = 0;
  while (s < n) {
    size_t e = s + 1;
    while (e < n && !segment_start(doc, e)) ++e;
    size_t words = 0, caps = 0, long_words = 0, long_caps = 0;
    for (size_t i = s; i < e; ++i) {
      if (doc.tokens[i].kind != TokenKind::Word) continue;
      ++words;
      const Shape sh = doc.tokens[i].shape;
      caps += sh == Shape::AllCaps;
      if (doc.tokens[i].span.size() >= 4) {
        ++long_words;
        long_caps += sh == Shape::AllCaps || sh == Shape::Capitalized || sh == Shape::Mixed;
      }
    }
    const bool all_caps = words >= 2 && caps * 10 >= words * 7;
    // with a final period only a line set off by a blank line, every long word capitalised
    bool set_off = false;
    if (headline_period && e < n && long_words >= 5 && long_caps == long_words) {
      const size_t gap = doc.tokens[e - 1].byte_end;
      const std::string_view between = doc.text.substr(gap, doc.tokens[e].byte_begin - gap);
      set_off = std::count(between.begin(), between.end(), '\n') >= 2;
    }
    const bool title_case = s == 0 && e < n && (doc.str(doc.tokens[e - 1]) != "." || set_off) &&
                            long_words >= 4 &&
                            long_caps * 10 >= long_words * 9;  // a Title Case headline
    const bool caps_line = all_caps || title_case;
    bool first_word = true;
    for (size_t i = s; i < e; ++i) {
      p.seg_begin[i] = static_cast<uint32_t>(s);
      p.seg_end[i] = static_cast<uint32_t>(e);
      p.caps_line[i] = caps_line;
      p.kind[i] = all_caps ? 1 : title_case ? 2 : 0;
      // the first word, also after an opening quote or dash
      if (first_word && doc.tokens[i].kind == TokenKind::Word) {
        p.initial[i] = 1;
        first_word = false;
      }
      if (doc.tokens[i].kind == TokenKind::Number) first_word = false;
    }
    s = e;
  }
  return p;
}

// int8 codes on a log scale: |q| = 1..127 stands for top * kFloor * e^((|q|-1) * kLogStep), steps
// of under 10% from top * 1e-5 up to top; the many weights near one perceptron update keep their
// resolution next to the few large ones.
constexpr int kFormat = 5;  // the model file's "format" line: how weights are encoded
constexpr double kFloor = 1e-3;
const double kLogStep = std::log(1.0 / kFloor) / 126.0;

const Tag kInvalidTag = static_cast<Tag>(255);

// Adds the weights of bucket `b` to `scores`.
inline void add_row(const Model& m, const int8_t* table, uint32_t b, float* scores) {
  const size_t row = static_cast<size_t>(b) * kTags;
  if (table) {
    const int8_t* c = table + row;
    if (c[0] == kExactRow) {
      const auto& w = m.exact.at(b);
      for (int k = 0; k < kTags; ++k) scores[k] += w[static_cast<size_t>(k)];
      return;
    }
    for (int k = 0; k < kTags; ++k) scores[k] += m.value[static_cast<uint8_t>(c[k])];
  } else {
    const float* w = m.weights.data() + row;
    for (int k = 0; k < kTags; ++k) scores[k] += w[k];
  }
}

// Per token, the summed weights of its tag-independent features, in feature order (so the sums are
// the very floats decode would reach). The rows are scattered over a table larger than the caches:
// those of a token a few ahead are prefetched while this one is summed.
std::vector<float> feature_scores(size_t n, const Features& f, const Model& m) {
  std::vector<float> out(n * kTags, 0.0f);
  const int8_t* table = m.code_table();
  constexpr size_t kAhead = 3;
  for (size_t i = 0; i < n; ++i) {
    if (table && i + kAhead < n)
      for (const uint32_t* b = f.begin(i + kAhead); b != f.end(i + kAhead); ++b) {
        const int8_t* row = table + static_cast<size_t>(*b) * kTags;
        __builtin_prefetch(row);
        __builtin_prefetch(row + kTags - 1);
      }
    float scores[kTags] = {};  // a local: kept in registers, not reloaded after each store
    for (const uint32_t* b = f.begin(i); b != f.end(i); ++b) add_row(m, table, *b, scores);
    std::copy_n(scores, kTags, out.data() + i * kTags);
  }
  return out;
}

// Weight rows of the tag-history features by their small keys (previous tags, history), read once
// per document instead of on every token; only while the weights stay fixed (not in training).
class RowCache {
 public:
  RowCache(const Model& m, size_t keys) : m_(m), rows_(keys * kTags), have_(keys, 0) {}
  void add(size_t key, uint32_t b, float* scores) {
    float* row = rows_.data() + key * kTags;
    if (!have_[key]) {
      std::fill(row, row + kTags, 0.0f);
      add_row(m_, m_.code_table(), b, row);
      have_[key] = 1;
    }
    for (int k = 0; k < kTags; ++k) scores[k] += row[k];
  }

 private:
  const Model& m_;
  std::vector<float> rows_;
  std::vector<uint8_t> have_;
};

constexpr size_t kShapes = static_cast<size_t>(Shape::Other) + 1;
constexpr size_t kPrevTags = kTags + 1;  // the tags and kInvalidTag
constexpr size_t kHistories = kTypes + 1;
size_t prev_key(uint8_t tag) {
  return tag == kInvalidTag ? kTags : tag;
}

// Greedy decoding; with `gold`, learns from each mistake as it goes (the training loop). With
// `fixed` (the weights do not change while decoding), the tag-independent feature scores are
// summed ahead and the tag-history rows cached: the same sums in the same order, so the same tags.
template <typename OnToken>
std::vector<uint8_t> decode(const Document& doc, const Features& f, const Model& m,
                            const std::vector<uint8_t>* gold, bool fixed, OnToken&& on_token) {
  const size_t n = doc.tokens.size();
  std::vector<uint8_t> out(n, O);
  WordMarks history(n);  // word -> the type it was last tagged with, plus one
  uint8_t p1 = kInvalidTag, p2 = kInvalidTag;
  uint32_t dyn[5];
  float scores[kTags];
  const int8_t* table = m.code_table();
  const std::vector<float> summed = fixed ? feature_scores(n, f, m) : std::vector<float>();
  RowCache prev1(m, fixed ? kPrevTags : 0), prev2(m, fixed ? kPrevTags * kPrevTags : 0),
      hist_rows(m, fixed ? kHistories : 0), hist_shape(m, fixed ? kHistories * kShapes : 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (segment_start(doc, i)) p1 = p2 = kInvalidTag;
    const uint64_t wk = f.word_key(i);
    uint8_t hist = 0;
    if (f.capitalised(i)) hist = history.get(wk);
    dyn[0] = bucket_of(mix(start(kTagPrev), p1), m.bits);
    dyn[1] = bucket_of(mix(mix(start(kTagPrev2), p2), p1), m.bits);
    dyn[2] = bucket_of(mix(mix(start(kTagPrevWord), p1), wk), m.bits);
    dyn[3] = bucket_of(mix(start(kHistory), hist), m.bits);
    dyn[4] =
        bucket_of(mix(mix(start(kHistoryShape), hist), static_cast<uint64_t>(t.shape)), m.bits);
    if (fixed) {
      std::copy_n(summed.data() + i * kTags, kTags, scores);
      prev1.add(prev_key(p1), dyn[0], scores);
      prev2.add(prev_key(p2) * kPrevTags + prev_key(p1), dyn[1], scores);
      add_row(m, table, dyn[2], scores);
      hist_rows.add(hist, dyn[3], scores);
      hist_shape.add(hist * kShapes + static_cast<size_t>(t.shape), dyn[4], scores);
    } else {
      std::fill(scores, scores + kTags, 0.0f);
      for (const uint32_t* b = f.begin(i); b != f.end(i); ++b) add_row(m, table, *b, scores);
      for (uint32_t b : dyn) add_row(m, table, b, scores);
    }
    int best = 0;
    float best_score = -1e30f;
    for (int k = 0; k < kTags; ++k) {
      // I-x only continues x (IOB2)
      if (k != O && !is_begin(static_cast<uint8_t>(k)) &&
          (p1 == kInvalidTag || type_of(p1) != type_of(static_cast<uint8_t>(k))))
        continue;
      if (scores[k] > best_score) {
        best_score = scores[k];
        best = k;
      }
    }
    uint8_t chosen = static_cast<uint8_t>(best);
    if (gold) {
      const uint8_t g = (*gold)[i];
      if (g != chosen) on_token(f.begin(i), f.end(i), dyn, g, chosen);
    }
    out[i] = chosen;
    if (f.capitalised(i)) history.set(wk, static_cast<uint8_t>(type_of(chosen) + 1));
    p2 = p1;
    p1 = chosen;
  }
  return out;
}

}  // namespace

std::vector<uint8_t> headline_case(const Document& doc) {
  return positions(doc, true).kind;
}

bool segment_start(const Document& doc, size_t i) {
  // i == size(): callers ask about the token after a phrase that ends the text.
  if (i == 0 || i >= doc.tokens.size() || doc.tokens[i].newline_before) return true;
  if (doc.tokens[i].sentence == doc.tokens[i - 1].sentence) return false;
  // an initial: "C." as one token, or "C" + "."
  const std::string_view prev = doc.str(doc.tokens[i - 1]);
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (prev.size() == 2 && upper(prev[0]) && prev[1] == '.') return false;
  if (prev == "." && i >= 2 && !doc.tokens[i - 1].space_before) {
    const std::string_view p2 = doc.str(doc.tokens[i - 2]);
    if (p2.size() == 1 && upper(p2[0])) return false;
  }
  return true;
}

Features::Features(const Document& doc, const Gazetteer& gaz, uint32_t bits) {
  const size_t n = doc.tokens.size();
  const Position pos = positions(doc);
  word_keys_.resize(n);
  caps_.resize(n);
  std::vector<uint32_t> gflags(n);
  std::vector<uint64_t> shapes(n);
  for (size_t i = 0; i < n; ++i) {
    word_keys_[i] = mix(kFnvOffset, doc.lower_str(doc.tokens[i]));
    shapes[i] = shape_key(doc.str(doc.tokens[i]));
    const Shape s = doc.tokens[i].shape;
    caps_[i] = (s == Shape::Capitalized || s == Shape::AllCaps || s == Shape::Mixed) &&
               has_letter(doc.str(doc.tokens[i]));
  }
  // A loop of its own: the lookups miss the cache, and a short loop keeps more of them in flight.
  for (size_t i = 0; i < n; ++i) gflags[i] = gaz.lookup(doc.lower_str(doc.tokens[i]));
  // How the same word is written elsewhere in the article: 1 capitalised mid-sentence, 2 lower
  // case.
  WordMarks seen(n);
  for (size_t i = 0; i < n; ++i) {
    if (pos.caps_line[i]) continue;
    const uint8_t bit = doc.tokens[i].shape == Shape::Lower                            ? 2
                        : doc.tokens[i].shape == Shape::Capitalized && !pos.initial[i] ? 1
                                                                                       : 0;
    if (bit) seen.set(word_keys_[i], seen.get(word_keys_[i]) | bit);
  }
  offsets_.reserve(n + 1);
  buckets_.reserve(n * 28);
  offsets_.push_back(0);
  auto put = [&](uint64_t h) { buckets_.push_back(bucket_of(h, bits)); };
  const uint64_t kNone = 0x5bd1e995;  // stands for a missing neighbour
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    const std::string_view w = doc.str(t), lw = doc.lower_str(t);
    const size_t sb = pos.seg_begin[i], se = pos.seg_end[i];
    auto lw_at = [&](ptrdiff_t d) -> uint64_t {
      const ptrdiff_t j = static_cast<ptrdiff_t>(i) + d;
      if (j < static_cast<ptrdiff_t>(sb) || j >= static_cast<ptrdiff_t>(se)) return kNone;
      return word_keys_[static_cast<size_t>(j)];
    };
    auto shape_at = [&](ptrdiff_t d) -> uint64_t {
      const ptrdiff_t j = static_cast<ptrdiff_t>(i) + d;
      if (j < static_cast<ptrdiff_t>(sb) || j >= static_cast<ptrdiff_t>(se)) return kNone;
      return shapes[static_cast<size_t>(j)];
    };
    const bool caps_line = pos.caps_line[i];
    const uint64_t sh = shapes[i];
    put(start(kBias));
    if (!caps_line) put(mix(start(kWord), w));
    put(mix(start(kLower), word_keys_[i]));
    put(mix(mix(start(kShape), sh), caps_line));
    for (size_t k = 1; k <= 4 && k <= lw.size(); ++k)
      put(mix(mix(start(kPrefix), k), lw.substr(0, k)));
    for (size_t k = 1; k <= 4 && k <= lw.size(); ++k)
      put(mix(mix(start(kSuffix), k), lw.substr(lw.size() - k)));
    put(mix(start(kPrev1), lw_at(-1)));
    put(mix(start(kNext1), lw_at(1)));
    put(mix(start(kPrev2), lw_at(-2)));
    put(mix(start(kNext2), lw_at(2)));
    const uint64_t sp = shape_at(-1), sn = shape_at(1);
    put(mix(mix(start(kShapePrevCur), sp), sh));
    put(mix(mix(start(kShapeCurNext), sh), sn));
    put(mix(mix(start(kBigramPrev), lw_at(-1)), word_keys_[i]));
    put(mix(mix(start(kBigramNext), word_keys_[i]), lw_at(1)));
    put(mix(mix(mix(start(kInitialShape), pos.initial[i]), sh), caps_line));
    if (caps_line) put(mix(start(kCapsSentenceWord), word_keys_[i]));
    for (uint32_t b = gflags[i], bit = 0; b; b >>= 1, ++bit)
      if (b & 1) put(mix(mix(start(kGaz), bit), caps_[i]));
    if (i > sb)
      for (uint32_t b = gflags[i - 1], bit = 0; b; b >>= 1, ++bit)
        if (b & 1) put(mix(start(kGazPrev), bit));
    if (i + 1 < se)
      for (uint32_t b = gflags[i + 1], bit = 0; b; b >>= 1, ++bit)
        if (b & 1) put(mix(start(kGazNext), bit));
    if (caps_[i]) {
      put(mix(mix(mix(start(kDocCase), seen.get(word_keys_[i])), pos.initial[i] || caps_line),
              static_cast<uint64_t>(t.shape)));
    }
    put(mix(mix(start(kLength), std::min<size_t>(lw.size(), 8)), caps_[i]));
    offsets_.push_back(static_cast<uint32_t>(buckets_.size()));
  }
}

std::vector<uint8_t> tag(const Document& doc, const Gazetteer& gaz, const Model& model) {
  if (model.empty()) {
    std::vector<uint8_t> outside(doc.tokens.size(), O);
    return outside;
  }
  const Features f(doc, gaz, model.bits);
  return decode(doc, f, model, nullptr, true,
                [](const uint32_t*, const uint32_t*, const uint32_t*, uint8_t, uint8_t) {});
}

Trainer::Trainer(uint32_t bits) {
  model_.bits = bits;
  model_.weights.assign((size_t{1} << bits) * kTags, 0.0f);
  totals_.assign(model_.weights.size(), 0.0f);
  stamps_.assign(model_.weights.size(), 0);
}

size_t Trainer::learn(const Document& doc, const std::vector<uint8_t>& gold, const Gazetteer& gaz) {
  const Features f(doc, gaz, model_.bits);
  size_t wrong = 0;
  auto update = [&](uint32_t b, uint8_t k, float delta) {
    const size_t idx = static_cast<size_t>(b) * kTags + k;
    totals_[idx] += static_cast<float>(clock_ - stamps_[idx]) * model_.weights[idx];
    stamps_[idx] = clock_;
    model_.weights[idx] += delta;
  };
  decode(doc, f, model_, &gold, false,
         [&](const uint32_t* b, const uint32_t* e, const uint32_t* dyn, uint8_t g, uint8_t p) {
           ++wrong;
           for (const uint32_t* x = b; x != e; ++x) {
             update(*x, g, 1.0f);
             update(*x, p, -1.0f);
           }
           for (int k = 0; k < 5; ++k) {
             update(dyn[k], g, 1.0f);
             update(dyn[k], p, -1.0f);
           }
         });
  clock_ += static_cast<uint32_t>(doc.tokens.size());
  return wrong;
}

Model Trainer::averaged() const {
  Model m;
  m.bits = model_.bits;
  m.weights.resize(model_.weights.size());
  for (size_t i = 0; i < m.weights.size(); ++i) {
    const float total = totals_[i] + static_cast<float>(clock_ - stamps_[i]) * model_.weights[i];
    m.weights[i] = clock_ ? total / static_cast<float>(clock_) : 0.0f;
  }
  return m;
}

std::string write_model(const Model& m, std::string_view header) {
  // The few rows with weights beyond the 99.95th percentile (bias, tag transitions: features on
  // every token, whose large weights need absolute precision) are written exactly on `row` lines.
  // The rest become int8 codes on a log scale below that percentile. Only rows with a non-zero code
  // are written: a varint gap to the row, a 9-bit mask of its non-zero tags, the codes; that byte
  // stream is hex encoded across the `w` lines.
  std::vector<float> mags;
  for (float w : m.weights)
    if (w != 0.0f) mags.push_back(std::fabs(w));
  float top = 1;
  if (!mags.empty()) {
    const size_t k = std::min(mags.size() - 1, mags.size() * 9995 / 10000);
    std::nth_element(mags.begin(), mags.begin() + static_cast<ptrdiff_t>(k), mags.end());
    top = mags[k] > 0 ? mags[k] : 1;
  }
  std::string exact_rows;
  char num[64];
  std::vector<uint8_t> stream;
  const size_t rows = m.weights.size() / kTags;
  size_t next = 0;
  for (size_t r = 0; r < rows; ++r) {
    int8_t q[kTags];
    uint32_t mask = 0;
    const float* row = m.weights.data() + r * kTags;
    if (std::any_of(row, row + kTags, [&](float w) { return std::fabs(w) > top; })) {
      exact_rows += "row\t" + std::to_string(r);
      for (int k = 0; k < kTags; ++k) {
        std::snprintf(num, sizeof num, " %.7g", static_cast<double>(row[k]));
        exact_rows += num;
      }
      exact_rows += '\n';
      continue;
    }
    for (int k = 0; k < kTags; ++k) {
      const float w = m.weights[r * kTags + static_cast<size_t>(k)];
      const double a = std::fabs(w);
      const long mag = a < kFloor * top * 0.5
                           ? 0
                           : 1 + std::max(0L, std::lround(std::log(a / (kFloor * top)) / kLogStep));
      q[k] = static_cast<int8_t>(std::clamp(w < 0 ? -mag : mag, -127L, 127L));
      if (q[k]) mask |= 1u << k;
    }
    if (!mask) continue;
    for (size_t gap = r - next;; gap >>= 7) {
      stream.push_back(static_cast<uint8_t>((gap & 127) | (gap >= 128 ? 128 : 0)));
      if (gap < 128) break;
    }
    stream.push_back(static_cast<uint8_t>(mask & 255));
    stream.push_back(static_cast<uint8_t>(mask >> 8));
    for (const int8_t code : q)
      if (code) stream.push_back(static_cast<uint8_t>(code));
    next = r + 1;
  }
  std::string out(header);
  out += "# FORMAT: key | value\n";
  out += "bits\t" + std::to_string(m.bits) + "\n";
  out += "tags\t" + std::to_string(kTags) + "\n";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(top));
  out += "scale\t" + std::string(buf) + "\n";
  out += "format\t" + std::to_string(kFormat) + "\n";
  out += exact_rows;
  static const char* hex = "0123456789abcdef";
  constexpr size_t kPerLine = 2048;
  for (size_t i = 0; i < stream.size(); i += kPerLine) {
    out += "w\t";
    for (size_t j = i; j < std::min(stream.size(), i + kPerLine); ++j) {
      out += hex[stream[j] >> 4];
      out += hex[stream[j] & 15];
    }
    out += '\n';
  }
  return out;
}

Result<Model> read_model(const LexiconFile& f, std::span<const int8_t> built_codes) {
  Model m;
  float scale = 0;
  std::vector<uint8_t> stream;
  const LexiconEntry* first_w = nullptr;
  size_t hex_chars = 0;
  for (const auto& e : f.entries)
    if (e.get(0) == "w") hex_chars += e.get(1).size();
  stream.reserve(hex_chars / 2);
  for (const auto& e : f.entries) {
    const std::string_view key = e.get(0), value = e.get(1);
    if (key == "bits") {
      m.bits = static_cast<uint32_t>(std::atoi(std::string(e[1]).c_str()));
      if (m.bits < 8 || m.bits > 24) return f.error_at(e, "bits must be between 8 and 24");
    } else if (key == "tags") {
      if (std::atoi(std::string(e[1]).c_str()) != kTags)
        return f.error_at(e, "the tagger has " + std::to_string(kTags) + " tags");
    } else if (key == "scale") {
      scale = std::strtof(std::string(e[1]).c_str(), nullptr);
      if (!(scale > 0)) return f.error_at(e, "scale must be a positive number");
    } else if (key == "format") {
      if (std::atoi(std::string(e[1]).c_str()) != kFormat)
        return f.error_at(e, "the tagger reads weight format " + std::to_string(kFormat));
    } else if (key == "row") {
      // from_chars: correctly rounded like strtof, without its locale machinery (a start-up cost)
      std::array<float, kTags> w{};
      const char* p = value.data();
      const char* last = p + value.size();
      unsigned long r = 0;
      auto res = std::from_chars(p, last, r);
      bool ok = res.ec == std::errc();
      for (size_t k = 0; ok && k < kTags; ++k) {
        p = res.ptr;
        while (p != last && (*p == ' ' || *p == '\t')) ++p;
        res = std::from_chars(p, last, w[k]);
        ok = res.ec == std::errc();
      }
      ok = ok && res.ptr == last;
      if (!ok || m.bits == 0 || r >= (size_t{1} << m.bits))
        return f.error_at(
            e, "a row is its index and " + std::to_string(kTags) + " weights, after 'bits'");
      m.exact.emplace(static_cast<uint32_t>(r), w);
    } else if (key == "w") {
      if (!first_w) first_w = &e;
      if (value.size() % 2) return f.error_at(e, "weight line of odd length");
      if (!append_hex(value, stream)) return f.error_at(e, "weights must be hexadecimal");
    } else {
      return f.error_at(e, "unknown key (bits, tags, scale, format, row, w)");
    }
  }
  if (!first_w && m.exact.empty() && built_codes.empty()) return m;
  if (!first_w) first_w = &f.entries.back();
  if (m.bits == 0 || scale <= 0) return f.error_at(*first_w, "weights before 'bits' and 'scale'");
  for (int b = 0; b < 256; ++b) {
    const int q = b < 128 ? b : b - 256;  // the byte read as a two's-complement code
    const float v =
        q == 0 ? 0.0f : scale * static_cast<float>(kFloor * std::exp((std::abs(q) - 1) * kLogStep));
    m.value[b] = q < 0 ? -v : v;
  }
  const size_t rows = size_t{1} << m.bits;
  if (!built_codes.empty()) {
    // Expanded at build time from this very file (tools/embed_files.cpp), exact rows marked.
    if (built_codes.size() != rows * kTags)
      return f.error_at(*first_w, "the built-in weight table does not fit 'bits'");
    m.built_codes = built_codes;
    return m;
  }
  m.codes.assign(rows * kTags, 0);
  if (!expand_weight_stream(stream, m.codes.data(), rows, kTags))
    return f.error_at(*first_w, "the weight stream is truncated or runs past the table");
  for (const auto& [r, w] : m.exact) m.codes[size_t{r} * kTags] = kExactRow;
  return m;
}

}  // namespace docket::ner
