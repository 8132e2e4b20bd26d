package section

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"tidings/internal/news"
)

// Example is one labelled story, for training and evaluation.
type Example struct {
	Set     string       // the data set it comes from: "bbc-news"
	Title   string       // headline
	Text    string       // body or description; may be empty
	URL     string       // article URL, if the set has one
	Section news.Section // the label
	// Also is a second section that counts as right in evaluation, for a
	// set whose label spans two of ours (AG News "Sci/Tech"); "" if none.
	Also news.Section
}

// Options are the settings of training. The zero value is not useful; start
// from DefaultOptions().
type Options struct {
	Bits        uint    // the table has 1<<Bits hashed buckets
	TitleWeight float32 // each title term counts this many times a text term
	Alpha       float64 // additive (Lidstone) smoothing of term counts
	// DocMass caps the total weight one document adds to its class, so a
	// long article does not outweigh many headlines (0: no cap).
	DocMass float64
	// Tempo is the number of term weights a document is taken to be worth
	// when Scores turns log-likelihoods into probabilities: naive Bayes
	// treats terms as independent and is wildly overconfident on long texts.
	Tempo float64
}

// DefaultOptions returns the settings the shipped model was trained with,
// chosen by the held-out evaluation (MODEL.md).
func DefaultOptions() Options {
	return Options{Bits: 18, TitleWeight: 2, Alpha: 0.1, DocMass: 60, Tempo: 10}
}

// Model is a multinomial naive Bayes model over hashed terms, with one class
// per section in the order of news.Sections. It is safe for concurrent use.
type Model struct {
	opts  Options
	prior []float32 // log prior per class
	// logp holds log P(bucket | class), bucket-major: logp[b*n+c]. In the
	// file it is quantized to one byte per cell (see MarshalBinary).
	logp []float32
	// seen marks the buckets that some training term fell in. Terms in
	// unseen buckets are skipped when scoring: smoothing would otherwise
	// hand every unknown word (a foreign language, a rare name) to the class
	// with the least training text.
	seen []bool
}

var classes = news.Sections

// Train fits a model to examples. Classes get equal priors: the mix of the
// training sets says nothing about the mix of a newsroom's feeds.
func Train(examples []Example, opts Options) *Model {
	n := len(classes)
	size := 1 << opts.Bits
	counts := make([]float64, size*n)
	totals := make([]float64, n)
	for _, ex := range examples {
		c := classIndex(ex.Section)
		if c < 0 {
			continue
		}
		fs := features(ex.Title, ex.Text, opts.Bits, opts.TitleWeight)
		scale := docScale(fs, opts.DocMass)
		for _, f := range fs {
			w := float64(f.weight) * scale
			counts[int(f.bucket)*n+c] += w
			totals[c] += w
		}
	}
	m := &Model{opts: opts, prior: make([]float32, n), logp: make([]float32, size*n)}
	for c := range n {
		m.prior[c] = float32(-math.Log(float64(n)))
		denom := math.Log(totals[c] + opts.Alpha*float64(size))
		for b := range size {
			m.logp[b*n+c] = float32(math.Log(counts[b*n+c]+opts.Alpha) - denom)
		}
	}
	m.markSeen()
	return m
}

// markSeen fills m.seen: a bucket is seen if, for some class, its
// log-probability is above that class's floor (the value of a zero count).
func (m *Model) markSeen() {
	n := len(classes)
	floor, step := m.quantRange()
	m.seen = make([]bool, len(m.logp)/n)
	for i, v := range m.logp {
		c := i % n
		if v > floor[c]+step[c]/2 {
			m.seen[i/n] = true
		}
	}
}

func docScale(fs []feature, mass float64) float64 {
	var sum float64
	for _, f := range fs {
		sum += float64(f.weight)
	}
	if mass <= 0 || sum <= mass {
		return 1
	}
	return mass / sum
}

func classIndex(s news.Section) int {
	for i, c := range classes {
		if c == s {
			return i
		}
	}
	return -1
}

// logScores returns the unnormalised log posterior of each class and the
// total term weight of the document.
func (m *Model) logScores(title, text string) ([]float64, float64) {
	n := len(classes)
	out := make([]float64, n)
	for c := range n {
		out[c] = float64(m.prior[c])
	}
	var mass float64
	for _, f := range features(title, text, m.opts.Bits, m.opts.TitleWeight) {
		if !m.seen[f.bucket] {
			continue
		}
		row := m.logp[int(f.bucket)*n : int(f.bucket)*n+n]
		for c := range n {
			out[c] += float64(f.weight) * float64(row[c])
		}
		mass += float64(f.weight)
	}
	return out, mass
}

// Predict returns the most likely section of a story, among allowed if
// allowed is not empty.
func (m *Model) Predict(title, text string, allowed ...news.Section) news.Section {
	ls, _ := m.logScores(title, text)
	best, bestScore := news.Section(""), math.Inf(-1)
	for c, s := range ls {
		if len(allowed) > 0 && !containsSection(allowed, classes[c]) {
			continue
		}
		if s > bestScore {
			best, bestScore = classes[c], s
		}
	}
	return best
}

// Posterior returns the probability of each section given the story. The
// log-likelihood is scaled as if the story had at most Options.Tempo term
// weights, which keeps the figures informative instead of always 0 or 1;
// the ranking is that of Predict.
func (m *Model) Posterior(title, text string) map[news.Section]float64 {
	ls, mass := m.logScores(title, text)
	t := 1.0
	if m.opts.Tempo > 0 && mass > m.opts.Tempo {
		t = mass / m.opts.Tempo
	}
	maxv := math.Inf(-1)
	for _, v := range ls {
		maxv = max(maxv, v)
	}
	var sum float64
	ps := make([]float64, len(ls))
	for c, v := range ls {
		ps[c] = math.Exp((v - maxv) / t)
		sum += ps[c]
	}
	out := make(map[news.Section]float64, len(ls))
	for c, p := range ps {
		out[classes[c]] = p / sum
	}
	return out
}

func containsSection(list []news.Section, s news.Section) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The model file: gzip of
//
//	magic "TDSC" | version uint8 | bits uint8 | classes uint8 |
//	title weight, alpha, doc mass, tempo float32 |
//	per class: log prior, floor, step float32 |
//	(1<<bits)*classes quantized cells, bucket-major, uint8
//
// all little endian. A cell q stands for floor + q*step: floor is the
// class's lowest log-probability (an unseen bucket) so most cells are 0 and
// compress well; 256 levels over the class's range make a step of about 0.05
// nats, far below what separates the classes.
const (
	magic   = "TDSC"
	version = 1
)

// MarshalBinary encodes the model in the file format above.
func (m *Model) MarshalBinary() ([]byte, error) {
	n := len(classes)
	var raw bytes.Buffer
	raw.WriteString(magic)
	raw.Write([]byte{version, byte(m.opts.Bits), byte(n)})
	for _, v := range []float32{m.opts.TitleWeight, float32(m.opts.Alpha), float32(m.opts.DocMass), float32(m.opts.Tempo)} {
		binary.Write(&raw, binary.LittleEndian, v)
	}
	floor, step := m.quantRange()
	for c := range n {
		binary.Write(&raw, binary.LittleEndian, []float32{m.prior[c], floor[c], step[c]})
	}
	cells := make([]byte, len(m.logp))
	for i, v := range m.logp {
		c := i % n
		cells[i] = byte(math.Round(float64((v - floor[c]) / step[c])))
	}
	raw.Write(cells)

	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func (m *Model) quantRange() (floor, step []float32) {
	n := len(classes)
	lo := make([]float32, n)
	hi := make([]float32, n)
	for c := range n {
		lo[c], hi[c] = float32(math.Inf(1)), float32(math.Inf(-1))
	}
	for i, v := range m.logp {
		c := i % n
		lo[c], hi[c] = min(lo[c], v), max(hi[c], v)
	}
	step = make([]float32, n)
	for c := range n {
		step[c] = max((hi[c]-lo[c])/255, 1e-6)
	}
	return lo, step
}

// ErrBadModel reports data that is not a model file written by
// Model.MarshalBinary (version 1).
var ErrBadModel = errors.New("section: bad model file")

// UnmarshalBinary decodes a model written by MarshalBinary. It returns an
// error wrapping ErrBadModel if data is not such a file.
func (m *Model) UnmarshalBinary(data []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	r := bufio.NewReader(zr)
	head := make([]byte, len(magic)+3)
	if _, err := io.ReadFull(r, head); err != nil || string(head[:4]) != magic || head[4] != version {
		return fmt.Errorf("%w: bad header", ErrBadModel)
	}
	bits, n := uint(head[5]), int(head[6])
	if n != len(classes) || bits < 8 || bits > 24 {
		return fmt.Errorf("%w: %d classes, %d bits", ErrBadModel, n, bits)
	}
	params := make([]float32, 4+3*n)
	if err := binary.Read(r, binary.LittleEndian, params); err != nil {
		return fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	cells := make([]byte, (1<<bits)*n)
	if _, err := io.ReadFull(r, cells); err != nil {
		return fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	m.opts = Options{Bits: bits, TitleWeight: params[0], Alpha: float64(params[1]), DocMass: float64(params[2]), Tempo: float64(params[3])}
	m.prior = make([]float32, n)
	m.logp = make([]float32, len(cells))
	for c := range n {
		m.prior[c] = params[4+3*c]
	}
	for i, q := range cells {
		c := i % n
		m.logp[i] = params[5+3*c] + float32(q)*params[6+3*c]
	}
	m.markSeen()
	return nil
}
