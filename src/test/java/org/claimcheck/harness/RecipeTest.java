package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.data.Dataset;
import org.claimcheck.data.Synthetic;
import org.claimcheck.model.Init;
import org.claimcheck.model.Optimizer;
import org.claimcheck.model.schedule.MultiStep;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.LrRangeTest;
import org.claimcheck.training.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

@Tag("harness")
class RecipeTest {

    @Test
    void theKerasRecipeLeavesL12AndL13SlugsAsTheyWere() {
        assertEquals("banknote_h6-6_relu_adam-0.001_b32_e100_s666-1337_FLOAT", RunSpec.banknote(6, 6).batch(32, 100).slug());
        assertTrue(RunSpec.torch("mnist-train", 7, 200, 100).weightDecay(0.1).maxSteps(600).batch(100, 8).slug()
                .endsWith("_torch_init-torch_default_wd0.1_steps600"));
    }

    @Test
    void pytorchInitialisationIsUniformInOneOverRootFanIn() {
        Dataset data = Synthetic.nnbpRegression();
        MultiLayerNetwork net = Trainer.network(RunSpec.torch(Synthetic.NNBP_REGRESSION, 7, 50, 20), data, 7);
        double bound = 1 / Math.sqrt(100);
        assertTrue(net.getLayer(0).getParam("W").amaxNumber().doubleValue() <= bound);
        assertTrue(net.getLayer(0).getParam("b").amaxNumber().doubleValue() > 0, "biases are not zero in PyTorch");
        MultiLayerNetwork scaled = Trainer.network(RunSpec.torch(Synthetic.NNBP_REGRESSION, 7, 50, 20).init(Init.TORCH_DEFAULT, 10), data, 7);
        assertEquals(10 * net.getLayer(1).getParam("W").getDouble(0), scaled.getLayer(1).getParam("W").getDouble(0), 1e-6);
    }

    @Test
    void maxStepsStopsWithinAnEpochAndTheScheduleFollowsEpochs() {
        var run = Trainer.train(RunSpec.on(Synthetic.CIRCLES, 4).optimizer(Optimizer.SGD).learningRate(0.1).momentum(0.9)
                .schedule(new MultiStep(0.1, List.of(1, 2), 0.1)).batch(10, 4).maxSteps(60));
        assertEquals(60, run.stepLoss().length);
        assertEquals(3, run.epochLoss().length, "25 + 25 + 10 steps");
        assertArrayEquals(new double[] {0.1, 0.1 * 0.1, 0.1 * 0.1 * 0.1}, run.epochLearningRate());
    }

    @Test
    void weightDecayIsNotCountedInTheRecordedLoss() {
        var plain = Trainer.train(RunSpec.torch(Synthetic.CIRCLES, 7, 4).optimizer(Optimizer.SGD).learningRate(0.1).fullBatch(1));
        var decayed = Trainer.train(RunSpec.torch(Synthetic.CIRCLES, 7, 4).optimizer(Optimizer.SGD).learningRate(0.1).weightDecay(10).fullBatch(1));
        assertEquals(plain.stepLoss()[0], decayed.stepLoss()[0], 1e-6, "same start, the L2 penalty is left out");
        assertNotEquals(plain.finalParameters()[0], decayed.finalParameters()[0]);
    }

    @Test
    void theRangeTestRestoresWeightsAndUpdaterState() {
        Dataset data = Synthetic.circles();
        MultiLayerNetwork net = Trainer.network(RunSpec.on(Synthetic.CIRCLES, 8).optimizer(Optimizer.ADAM), data, 666);
        List<DataSet> batches = new ArrayList<>();
        int[] rows = java.util.stream.IntStream.range(0, data.size()).toArray();
        for (int from = 0; from + 10 <= data.size(); from += 10) {
            batches.add(data.rows(rows, from, from + 10, DataType.FLOAT));
        }
        net.fit(batches.get(0));
        double[] params = net.params().dup().data().asDouble();
        double[] state = net.getUpdater(true).getStateViewArray().dup().data().asDouble();
        int iterations = net.getIterationCount();
        LrRangeTest.Result result = new LrRangeTest(1e-4, 100, batches.size(), 0.9).run(net, batches);
        assertTrue(result.steps() > 1);
        assertArrayEquals(params, net.params().dup().data().asDouble());
        assertArrayEquals(state, net.getUpdater(true).getStateViewArray().dup().data().asDouble());
        assertEquals(iterations, net.getIterationCount());
        assertEquals(4.0, LrRangeTest.stopMultiplier(0.9), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new LrRangeTest(1, 0.1, 10, 0.9));
    }
}
